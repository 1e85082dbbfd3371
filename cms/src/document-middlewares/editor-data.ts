/**
 * What a writer sent through the document service (the admin's form, a REST body, the importer, the demo loader),
 * for whichever content type the middleware sees, and the document an action returned. Untyped by nature until a
 * rule has checked it, and shared by every content type a middleware covers; a row read back from the database is
 * typed instead (model/rows.ts).
 */
export type EditorData = Record<string, any>;
