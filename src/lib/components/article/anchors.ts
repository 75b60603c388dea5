// Ids that tie the article and the /claims page together (used on both sides, so kept in one place).

/** Id of a fact's endnote on the /claims page (its link target from the article). */
export const noteId = (fact: string) => `note-${fact}`;

/** Id of a fact's first annotation in the article (the endnote's "back to the text" target). */
export const refId = (fact: string) => `ref-${fact}`;
