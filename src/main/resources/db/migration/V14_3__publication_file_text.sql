-- The text of the first pages of the newest version's files, kept on the publication
-- itself: what the search finds must come from the publication's own columns, so that
-- saving it is enough to bring its index entry up to date.
alter table library_publication add column file_text varchar(60000);
