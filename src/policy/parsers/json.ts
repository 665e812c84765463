// JSON as conftest reads it (encoding/json): a leading UTF-8 byte order mark is dropped, the last of duplicate keys wins.
import { readJson } from '../../core/document.ts';
import { fromDocument, type ParserImpl } from './parser.ts';

export const jsonParser: ParserImpl = {
  parse: (text, file) => fromDocument(readJson(text.replace(/^\uFEFF/, ''), file)),
};
