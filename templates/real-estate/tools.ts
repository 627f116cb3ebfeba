import { getListing, searchListings } from './buyerTools.ts';
import { recordLead } from './crmTools.ts';
import { openEscalation } from './escalationTools.ts';
import { quoteMortgage } from './financeTools.ts';
import { describeNeighborhood, pullComparables } from './marketTools.ts';
import { analyzeListingPhoto, listListingPhotos } from './photoTools.ts';
import { draftListing } from './sellerTools.ts';
import { bookTour } from './tourTools.ts';
import { cancelTour, findMine, rescheduleTour } from './viewingChanges.ts';

/**
 * Every real-estate tool, and the set each agent owns. `analyze_listing_photo` is in no agent's set:
 * it is injected on handoff edges (see graph.ts).
 */
export {
  analyzeListingPhoto,
  bookTour,
  cancelTour,
  describeNeighborhood,
  draftListing,
  findMine,
  getListing,
  listListingPhotos,
  openEscalation,
  pullComparables,
  quoteMortgage,
  recordLead,
  rescheduleTour,
  searchListings,
};

export const AGENT_TOOLS = {
  BuyerQualifier: [searchListings, getListing],
  SellerIntake: [draftListing],
  TourBooker: [bookTour, findMine, rescheduleTour, cancelTour],
  FinancingQuoter: [quoteMortgage],
  ComparablePuller: [pullComparables],
  NeighborhoodExplainer: [describeNeighborhood],
  PhotoAnalyst: [listListingPhotos],
  CrmWriter: [recordLead],
  Escalation: [openEscalation],
};
