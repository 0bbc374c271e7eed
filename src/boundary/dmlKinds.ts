/** The data changes the boundary tells apart, and a plan allows or justifies by kind. */
export const DML_KINDS = ['INSERT', 'UPDATE', 'DELETE', 'UPSERT', 'REPLACE'] as const;
export type DmlKind = (typeof DML_KINDS)[number];
