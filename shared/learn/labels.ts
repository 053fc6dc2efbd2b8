import type { ActionId } from '../data/actions';
import type { AgreementKind } from '../state';

/** Words the debrief's learning sections share. */
export const AGREEMENT_KIND_LABEL: Readonly<Record<AgreementKind, string>> = { deal: 'a deal', jointStatement: 'a joint statement' };

/** The orders that are tests (a test under a moratorium ends it). */
export const TEST_ACTIONS: readonly ActionId[] = ['missileTest', 'nuclearTest'];
