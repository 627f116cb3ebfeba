import { describe, expect, it } from 'vitest';
import { describeProperty } from '../../../src/models/offline/propertyKinds.ts';

/*
 * Issue #20, CPU per turn: the offline model described the same tool schemas' properties on every model
 * call (0.2 ms of a support turn in the server's profile). A schema's description is now read once and
 * shared, frozen so that no caller can change it for the turns after it.
 */

const invoiceId = { type: 'string', description: 'Invoice ID such as INV-2041', pattern: '^INV-\\d+$' };
const slot = { anyOf: [{ type: 'string', enum: ['morning', 'afternoon'] }, { type: 'null' }] };

describe('the offline model reading a tool schema', () => {
  it('reads each property of a schema once and hands out the same description after', () => {
    const first = describeProperty('invoiceId', invoiceId);
    expect(first).toMatchObject({ name: 'invoiceId', types: ['string'], pattern: '^INV-\\d+$' });
    expect(describeProperty('invoiceId', invoiceId)).toBe(first);
    // Another name for the same schema object, or an equal schema that is another object: read anew.
    expect(describeProperty('refundId', invoiceId).name).toBe('refundId');
    expect(describeProperty('invoiceId', { ...invoiceId })).not.toBe(first);
    expect(describeProperty('invoiceId', { ...invoiceId })).toEqual(first);
  });

  it('cannot be changed by a caller for the next turns', () => {
    const info = describeProperty('slot', slot);
    expect(info).toMatchObject({ enum: ['morning', 'afternoon'], nullable: true });
    expect(() => info.enum?.push('evening')).toThrow(TypeError);
    expect(() => {
      (info as { nullable: boolean }).nullable = false;
    }).toThrow(TypeError);
    expect(describeProperty('slot', slot)).toMatchObject({ enum: ['morning', 'afternoon'], nullable: true });
  });

  it('still reads a schema that is no object (a boolean schema)', () => {
    expect(describeProperty('anything', true as never)).toMatchObject({ name: 'anything', types: [] });
  });
});
