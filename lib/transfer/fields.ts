/** What an import column can hold. Each maps to one field of a code record. */
export const IMPORT_FIELDS = [
  'code',
  'creatorHandle',
  'expectedPost',
  'creatorRegion',
  'adAccountId',
  'receivedOn',
  'duration',
  'expiresOn',
  'campaignEndsOn',
  'status',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const DATE_FIELDS = ['receivedOn', 'expiresOn', 'campaignEndsOn'] as const;

/**
 * Column headers of the exported CSV. Kept in English whatever the buyer's language, so a file
 * exported on one computer maps itself on another.
 */
export const EXPORT_HEADERS: Record<ImportField, string> = {
  code: 'Spark code',
  status: 'Status',
  creatorHandle: 'Creator',
  expectedPost: 'Post',
  creatorRegion: 'Region',
  adAccountId: 'Ad account',
  receivedOn: 'Received on',
  duration: 'Duration (days)',
  expiresOn: 'Expires on',
  campaignEndsOn: 'Campaign ends on',
  notes: 'Notes',
};

/** Export column order: the code first, as buyers scan for it. */
export const EXPORT_ORDER: readonly ImportField[] = [
  'code',
  'status',
  'creatorHandle',
  'expectedPost',
  'creatorRegion',
  'adAccountId',
  'receivedOn',
  'duration',
  'expiresOn',
  'campaignEndsOn',
  'notes',
];
