import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { parseRequest } from '../../http/httpError.ts';
import type { Switchboard } from '../../runtime/switchboard.ts';
import type { ApprovalRecord, ApprovalDecision as Decision } from '../../store/approvals.ts';
import { approvalStoreFor } from '../../store/approvals.ts';
import { NotFoundError } from '../../store/types.ts';
import type { ServerContext } from '../context.ts';
import * as S from '../schemas.ts';
import { turnResponse } from '../views.ts';

export const APPROVAL_COMPONENTS: [string, ZodType, 'input' | 'output'][] = [
  ['DecideApprovalRequest', S.DecideApprovalBody, 'input'],
  ['Approval', S.Approval, 'output'],
  ['ApprovalList', S.ApprovalList, 'output'],
  ['ApprovalDecision', S.ApprovalDecision, 'output'],
];

const ERRORS = { 400: 'Error', 401: 'Error', 403: 'Error', 404: 'Error', 429: 'Error' };

export const APPROVAL_OPERATIONS = [
  {
    method: 'get' as const,
    path: '/v1/approvals',
    summary: "Tool calls of the caller's conversations waiting for a person (or, by status, past decisions)",
    tag: 'approvals',
    query: S.ListApprovalsQuery,
    responses: { 200: 'ApprovalList', ...ERRORS },
  },
  ...(['approve', 'deny'] as const).map((verb) => ({
    method: 'post' as const,
    path: `/v1/approvals/{id}/${verb}`,
    summary:
      verb === 'approve'
        ? 'Approve a pending call: it runs once (through the ledger) and the agent that asked tells the customer'
        : 'Deny a pending call: the agent that asked tells the customer, with the note',
    tag: 'approvals',
    body: 'DecideApprovalRequest',
    responses: { 200: 'ApprovalDecision', ...ERRORS, 409: 'Error' },
  })),
];

export function approvalView(a: ApprovalRecord): import('zod').infer<typeof S.Approval> {
  return {
    id: a.id,
    conversationId: a.conversationId,
    graph: a.graph,
    turn: a.turn,
    callId: a.callId,
    tool: a.tool,
    agent: a.agent,
    arguments: a.arguments,
    reason: a.reason,
    status: a.status,
    createdAt: a.createdAt.toISOString(),
    decidedAt: a.decidedAt?.toISOString() ?? null,
    decidedBy: a.decidedBy,
    note: a.note,
  };
}

/** Who decided, for the audit: the operator name given (if any) and the key that was used. */
function decider(request: FastifyRequest, operator: string | undefined): string {
  const key = request.caller.keyId ? `key:${request.caller.keyId}` : 'open access';
  return operator ? `${operator} (${key})` : key;
}

/**
 * Approvals, scoped to the caller's tenant like every route: another tenant's approval is a 404, the
 * same as a missing one.
 */
export function registerApprovalRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/approvals', async (request) => {
    const query = parseRequest(S.ListApprovalsQuery, request.query, 'query');
    const graphs: Switchboard[] = query.graph ? [ctx.switchboardFor(query.graph)] : [...ctx.graphs.values()];
    const tenant = request.caller.tenant;
    let rows: ApprovalRecord[];
    if (query.status === 'pending') {
      rows = (
        await Promise.all(graphs.map((sb) => sb.pendingApprovals({ tenant, limit: query.limit })))
      ).flat();
    } else {
      const served = new Set(graphs.map((sb) => sb.graph.name));
      const all = await (await approvalStoreFor(ctx.store)).list({ tenant, status: query.status });
      rows = all.filter((a) => served.has(a.graph));
    }
    rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return { data: rows.slice(0, query.limit).map(approvalView) };
  });

  for (const [verb, status] of [
    ['approve', 'approved'],
    ['deny', 'denied'],
  ] as [string, Decision][]) {
    app.post(`/approvals/:id/${verb}`, async (request) => {
      const { id } = parseRequest(S.ApprovalIdParams, request.params, 'path');
      const body = parseRequest(S.DecideApprovalBody, request.body ?? {}, 'body');
      const approval = await (await approvalStoreFor(ctx.store)).get(id);
      const sb = approval ? ctx.graphs.get(approval.graph) : undefined;
      if (!approval || !sb || approval.tenant !== request.caller.tenant)
        throw new NotFoundError(`approval ${id}`);
      const decided = await ctx.track(
        sb.decideApproval(id, {
          status,
          by: decider(request, body.operator),
          note: body.note,
          tenant: request.caller.tenant,
        }),
      );
      return {
        approval: approvalView(decided.approval),
        turn: decided.result ? turnResponse(decided.result) : null,
      };
    });
  }
}
