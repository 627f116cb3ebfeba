import type { PropertyInfo } from './propertyKinds.ts';

/** Makes a found value fit the property's type, or drops it (undefined) when it cannot. */
export function coerce(p: PropertyInfo, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (p.enum && !p.enum.includes(String(value))) return undefined;
  const wantsNumber = p.types.includes('number') || p.types.includes('integer');
  const wantsString = p.types.includes('string') || p.types.length === 0;
  if (typeof value === 'number') {
    if (p.range && (value < p.range[0] || value > p.range[1])) return undefined;
    if (wantsNumber)
      return p.types.includes('integer') && !p.types.includes('number') && !Number.isInteger(value)
        ? undefined
        : value;
    return wantsString ? String(value) : undefined;
  }
  if (typeof value === 'boolean')
    return p.types.includes('boolean') || p.types.length === 0 ? value : undefined;
  if (typeof value === 'string') {
    if (wantsString) return value;
    if (wantsNumber && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return undefined;
  }
  return p.types.includes('object') || p.types.includes('array') ? value : undefined;
}
