import { cancelBooking, getBooking, rescheduleBooking } from './bookingChangeTools.ts';
import { bookAppointment, checkAvailability, listServices } from './bookingTools.ts';
import { colorQuote } from './colourTools.ts';
import { logComplaint } from './complaintTools.ts';

/** Every salon tool, and the set each agent holds. `get_booking` is everyone's: any agent can answer about the booking. */
export {
  bookAppointment,
  cancelBooking,
  checkAvailability,
  colorQuote,
  getBooking,
  listServices,
  logComplaint,
  rescheduleBooking,
};

export const bookingAgentTools = [listServices, checkAvailability, bookAppointment, getBooking];
export const colourAgentTools = [colorQuote, getBooking];
export const customerServiceTools = [
  getBooking,
  rescheduleBooking,
  cancelBooking,
  checkAvailability,
  logComplaint,
];
