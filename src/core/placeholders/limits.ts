/** Word's search() rejects longer search strings (InvalidArgument): the documented 255-character limit. */
export const MAX_SEARCH_LENGTH = 255;
