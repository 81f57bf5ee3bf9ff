/**
 * The largest material file we store: 20 MB. Shared by the upload form (checked in the browser
 * before sending, so an oversized file never reaches the server's body limit) and the action.
 * next.config.ts lets action bodies be a little larger, for the multipart overhead.
 */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** What the file picker offers; a convenience only, the server decides by content. */
export const MATERIAL_FILE_ACCEPT = '.docx,.pdf,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/png,image/jpeg,image/gif,image/webp,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
