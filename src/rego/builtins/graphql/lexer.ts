// GraphQL lexer with the token kinds, positions (line, column in code points) and error texts of the Go
// library OPA embeds (gqlparser), because OPA's graphql.* builtins surface those texts to policies.

export type TokenKind =
  | '<Invalid>' | '<EOF>' | '!' | '$' | '&' | '(' | ')' | '...' | ':' | '=' | '@' | '[' | ']' | '{' | '}' | '|'
  | 'Name' | 'Int' | 'Float' | 'String' | 'BlockString';

export interface GqlPosition { line: number; column: number }

export interface Token extends GqlPosition {
  kind: TokenKind;
  value: string;
  /** Set on `<Invalid>` tokens: the lexer's own message, surfaced when the parser consumes the token. */
  error?: GqlError;
}

export class GqlError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

const PUNCT: Record<string, TokenKind> = {
  '!': '!', '$': '$', '&': '&', '(': '(', ')': ')', ':': ':', '=': '=', '@': '@', '[': '[', ']': ']', '{': '{', '}': '}', '|': '|',
};

/** Go's strconv.Quote for the printable texts tokens carry. */
export const goQuote = (s: string): string => JSON.stringify(s);

export function tokenText(t: Token): string {
  return t.value !== '' ? `${t.kind} ${goQuote(t.value)}` : t.kind;
}

export class Lexer {
  private readonly cps: number[];
  private end = 0;
  private start = 0;
  private line = 1;
  private lineStart = 0;

  constructor(input: string) {
    this.cps = Array.from(input, (c) => c.codePointAt(0)!);
  }

  private text(from: number, to: number): string {
    return String.fromCodePoint(...this.cps.slice(from, to));
  }

  private token(kind: TokenKind, value: string): Token {
    return { kind, value, line: this.line, column: this.start - this.lineStart + 1 };
  }

  private fail(message: string): Token {
    const column = this.end - this.lineStart + 1;
    return { kind: '<Invalid>', value: '', line: this.line, column, error: new GqlError(message, this.line, column) };
  }

  next(): Token {
    this.ws();
    this.start = this.end;
    const cps = this.cps;
    if (this.end >= cps.length) return this.token('<EOF>', '');
    const c = cps[this.start];
    const ch = String.fromCodePoint(c);
    this.end++;
    if (PUNCT[ch]) return this.token(PUNCT[ch], '');
    if (ch === '.' && cps[this.start + 1] === 46 && cps[this.start + 2] === 46) {
      this.end += 2;
      return this.token('...', '');
    }
    if (ch === '#') {
      while (this.end < cps.length && (cps[this.end] > 0x1f || cps[this.end] === 9)) this.end++;
      return this.next();
    }
    if (/[_A-Za-z]/.test(ch)) {
      while (this.end < cps.length && /[_0-9A-Za-z]/.test(String.fromCodePoint(cps[this.end]))) this.end++;
      return this.token('Name', this.text(this.start, this.end));
    }
    if (ch === '-' || (c >= 48 && c <= 57)) return this.readNumber();
    if (ch === '"') {
      if (cps[this.start + 1] === 34 && cps[this.start + 2] === 34) return this.readBlockString();
      return this.readString();
    }
    this.end--;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return this.fail(`Cannot contain the invalid character "\\u${String(c).padStart(4, '0')}"`);
    if (ch === "'") return this.fail(`Unexpected single quote character ('), did you mean to use a double quote (")?`);
    return this.fail(`Cannot parse the unexpected character "${ch}".`);
  }

  private ws(): void {
    const cps = this.cps;
    while (this.end < cps.length) {
      const c = cps[this.end];
      if (c === 9 || c === 32 || c === 44 || c === 0xfeff) this.end++;
      else if (c === 10) {
        this.end++;
        this.line++;
        this.lineStart = this.end;
      } else if (c === 13) {
        this.end++;
        this.line++;
        this.lineStart = this.end;
        if (cps[this.end] === 10) this.end++;
      } else return;
    }
  }

  private digits(): number {
    let n = 0;
    while (this.end < this.cps.length && this.cps[this.end] >= 48 && this.cps[this.end] <= 57) {
      this.end++;
      n++;
    }
    return n;
  }

  private accept(...chars: string[]): boolean {
    if (this.end < this.cps.length && chars.includes(String.fromCodePoint(this.cps[this.end]))) {
      this.end++;
      return true;
    }
    return false;
  }

  private describeNext(): string {
    return this.end < this.cps.length ? `"${String.fromCodePoint(this.cps[this.end])}"` : '<EOF>';
  }

  private readNumber(): Token {
    let float = false;
    this.end--;
    this.accept('-');
    if (this.accept('0')) {
      const n = this.digits();
      if (n !== 0) {
        this.end -= n;
        return this.fail(`Invalid number, unexpected digit after 0: ${this.describeNext()}.`);
      }
    } else if (this.digits() === 0) return this.fail(`Invalid number, expected digit but got: ${this.describeNext()}.`);
    if (this.accept('.')) {
      float = true;
      if (this.digits() === 0) return this.fail(`Invalid number, expected digit but got: ${this.describeNext()}.`);
    }
    if (this.accept('e', 'E')) {
      float = true;
      this.accept('-', '+');
      if (this.digits() === 0) return this.fail(`Invalid number, expected digit but got: ${this.describeNext()}.`);
    }
    return this.token(float ? 'Float' : 'Int', this.text(this.start, this.end));
  }

  private readString(): Token {
    const cps = this.cps;
    this.start++;
    let out = '';
    while (this.end < cps.length) {
      const c = cps[this.end];
      if (c === 10 || c === 13) break;
      if (c < 0x20 && c !== 9) return this.fail(`Invalid character within String: "\\u${String(c).padStart(4, '0')}".`);
      if (c === 34) {
        const t = this.token('String', out);
        this.end++;
        return t;
      }
      if (c !== 92) {
        out += String.fromCodePoint(c);
        this.end++;
        continue;
      }
      if (this.end + 1 >= cps.length) {
        this.end++;
        return this.fail('Invalid character escape sequence.');
      }
      const esc = String.fromCodePoint(cps[this.end + 1]);
      if (esc === 'u') {
        if (this.end + 6 >= cps.length) {
          this.end++;
          return this.fail(`Invalid character escape sequence: \\${this.text(this.end, cps.length)}.`);
        }
        const hex = this.text(this.end + 2, this.end + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          this.end++;
          return this.fail(`Invalid character escape sequence: \\${this.text(this.end, this.end + 5)}.`);
        }
        out += String.fromCharCode(parseInt(hex, 16));
        this.end += 6;
        continue;
      }
      const simple: Record<string, string> = { '"': '"', '/': '/', '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (!(esc in simple)) {
        this.end++;
        return this.fail(`Invalid character escape sequence: \\${esc}.`);
      }
      out += simple[esc];
      this.end += 2;
    }
    return this.fail('Unterminated string.');
  }

  private readBlockString(): Token {
    const cps = this.cps;
    this.start += 3;
    this.end += 2;
    let buf = '';
    while (this.end < cps.length) {
      const c = cps[this.end];
      if (c === 34 && cps[this.end + 1] === 34 && cps[this.end + 2] === 34) {
        // Like the Go lexer, the position uses the line where the string ends.
        const t = this.token('BlockString', blockStringValue(buf));
        this.end += 3;
        return t;
      }
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return this.fail(`Invalid character within String: "\\u${String(c).padStart(4, '0')}".`);
      if (c === 92 && cps[this.end + 1] === 34 && cps[this.end + 2] === 34 && cps[this.end + 3] === 34) {
        buf += '"""';
        this.end += 4;
      } else if (c === 13) {
        if (cps[this.end + 1] === 10) this.end++;
        buf += '\n';
        this.end++;
        this.line++;
        this.lineStart = this.end;
      } else {
        buf += String.fromCodePoint(c);
        this.end++;
        if (c === 10) {
          this.line++;
          this.lineStart = this.end;
        }
      }
    }
    return this.fail('Unterminated string.');
  }
}

/** The spec's BlockStringValue(): common indentation and blank leading/trailing lines removed. */
export function blockStringValue(raw: string): string {
  const lines = raw.split('\n');
  let common: number | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.replace(/^[ \t]+/, '').length;
    if (indent < line.length && (common === undefined || indent < common)) common = indent;
  }
  if (common !== undefined && common > 0) {
    for (let i = 1; i < lines.length; i++) lines[i] = lines[i].slice(Math.min(common, lines[i].length));
  }
  const blank = (l: string) => /^[ \t]*$/.test(l);
  while (lines.length > 0 && blank(lines[0])) lines.shift();
  while (lines.length > 0 && blank(lines[lines.length - 1])) lines.pop();
  return lines.join('\n');
}
