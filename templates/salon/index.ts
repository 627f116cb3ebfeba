import { salonGraph } from './graph.ts';

export { type SalonContext, salonContext } from './context.ts';
export { salonGraph } from './graph.ts';
export { salonSetupSql } from './setup.ts';

/** The entry `templates/index.ts` registers under the name `salon`. */
export const salonTemplate = {
  spec: salonGraph,
  summary: 'Hair salon: FrontDesk → Booking ⇄ ColorConsultation ⇄ CustomerService (+ Human)',
};
