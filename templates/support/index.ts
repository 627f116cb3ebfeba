export { type SupportContext, supportContext } from './context.ts';
export { supportGraph } from './graph.ts';
export { supportSetupSql } from './setup.ts';
