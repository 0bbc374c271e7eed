/**
 * The roles every PGlite clone has from its first moment (cloneRoles.ts): the clone source loads
 * as the owner, the batch runs as the apply role. A server's clones have roles of random names;
 * captures show them by these.
 */
export const PGLITE_OWNER_ROLE = 'rehearse_owner';
export const PGLITE_APPLY_ROLE = 'rehearse_apply';
