/** A UTF-8 byte order mark is not part of the text (Windows editors write one; pip and the go command skip it). */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
