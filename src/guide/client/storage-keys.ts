/** Where this browser keeps the reader's details and edits (saved-details.ts reads and writes them). */
export const DETAILS_KEY = 'after-the-no:details';
export const EDITS_KEY = 'after-the-no:edits';
/** The reader's LinkedIn account (its message limit: 200 characters free, 300 Premium). */
export const LINKEDIN_ACCOUNT_KEY = 'after-the-no:linkedin-account';
