// Rego parser (v1 syntax, and v0 when asked): tokens -> AST with locations. Precedence as OPA:
// `:=`/`=` < `in` < relations (== != < > <= >=) < `|` < `&` < `+ -` < `* / %` < terms.
import { lex, decodeString, type Token, type Comment } from './lexer.ts';
import { RegoError, type Loc } from '../errors.ts';
import type { Term, Expr, Rule, RuleHead, Module, Import, VarTerm, Annotation } from './ast.ts';
import { num, numLiteral, typeName, type Num } from '../value/value.ts';
import { parseAnnotations } from './annotations.ts';
import { dottedName } from './module-terms.ts';

export interface ParseOptions {
  /** Rego v0 syntax (`p[x] { ... }`, keywords only via future.keywords imports). */
  v0?: boolean;
  /** Experimental keywords `and` / `or` (enabled by future.keywords.and / .or imports). */
  experimental?: boolean;
}

// Infix operators: their builtin and precedence (relations < `|` < `&` < `+ -` < `* / %`), all left-associative.
const INFIX_OP: Record<string, string> = {
  '==': 'equal', '!=': 'neq', '<': 'lt', '>': 'gt', '<=': 'lte', '>=': 'gte', '|': 'or', '&': 'and', '+': 'plus', '-': 'minus',
  '*': 'mul', '/': 'div', '%': 'rem',
};
const OR_PREC = 2;
const INFIX_PREC: Record<string, number> = {
  '==': 1, '!=': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '|': OR_PREC, '&': 3, '+': 4, '-': 4, '*': 5, '/': 5, '%': 5,
};
// OPA's names of operator tokens, as its parse errors say them.
const OP_TOKEN_NAMES: Record<string, string> = {
  '+': 'plus', '-': 'minus', '*': 'mul', '/': 'quo', '%': 'rem', '&': 'and', '|': 'or', '=': 'eq', '==': 'equal',
  ':=': 'assign', '!=': 'neq', '>': 'gt', '<': 'lt', '>=': 'gte', '<=': 'lte',
};

// Identifiers that are no term where a term is expected (built once: a literal per token costs a cold parser).
const NOT_CALLED = new Set(['not', 'some', 'every']);
const KEYWORDS = new Set(['if', 'contains', 'in', 'every', 'some', 'not', 'and', 'or']);
const RESERVED = new Set(['with', 'else', 'default', 'import', 'package']);

/** Several parse errors found before the parser gave up (OPA reports them all); the first is the error itself. */
export class RegoParseErrors extends RegoError {
  constructor(readonly all: RegoError[]) { super('rego_parse_error', all[0].detail, all[0].loc); }
}
const allErrors = (e: RegoError): RegoError[] => (e instanceof RegoParseErrors ? e.all : [e]);

// OPA's words for a statement of these keywords after the package, where a rule is expected
const NOT_A_HEAD: Record<string, string> = {
  not: 'negated expressions cannot be used for rule head',
  some: "'some' declarations cannot be used for rule head",
  every: 'expression cannot be used for rule head',
};
const IF_REQUIRED = '`if` keyword is required before rule body';

/** The exact integer of a literal like `1e400` or `-2.5e500` (beyond the float range), as OPA keeps it. */
function bigIntegerLiteral(text: string): bigint | undefined {
  const m = /^(-?)(\d+)(?:\.(\d*))?[eE]\+?(\d+)$/.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const exp = Number(m[4]);
  // OPA's parser refuses a number of 100,000 bits or more (about 1e30103)
  if (exp > 30103 || frac.replace(/0+$/, '').length > exp) return undefined;
  const n = BigInt(m[2] + frac + '0'.repeat(exp - frac.length));
  if (n >= MAX_BIG) return undefined;
  return m[1] ? -n : n;
}
const MAX_BIG = 1n << 100000n;

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

export class Parser {
  private toks: Token[];
  private comments: Comment[];
  private p = 0;
  private kw = new Set<string>();
  private noOr = 0;
  private module: Module | undefined;
  /** Where the current literal starts. */
  private literalAt = -1;
  /** The lexer's error, reported when the parser reaches it (a syntax error before it is named first). */
  private illegal: Token | undefined;

  /** v0 syntax: from the options, until an `import rego.v1` makes the rest of the module v1. */
  private v0: boolean;

  constructor(private src: string, private file: string, private opts: ParseOptions = {}) {
    this.v0 = !!opts.v0;
    const { tokens, comments } = lex(src, file);
    this.toks = tokens;
    this.comments = comments;
    const last = tokens[tokens.length - 2];
    if (last?.kind === 'illegal') this.illegal = last;
    if (!opts.v0) for (const k of ['if', 'contains', 'in', 'every', 'some', 'not']) this.kw.add(k);
    else for (const k of ['some', 'not']) this.kw.add(k);
  }

  // -- token helpers --------------------------------------------------------------------------------------------
  private get tok(): Token { return this.toks[this.p]; }
  private peek(n = 1): Token { return this.toks[Math.min(this.p + n, this.toks.length - 1)]; }
  private next(): Token { return this.toks[this.p++]; }
  private isOp(t: Token, op: string) { return t.kind === 'op' && t.text === op; }
  // inlined token reads: a cold parser pays for every call, and these run for every token
  private at(op: string) { const t = this.toks[this.p]; return t.kind === 'op' && t.text === op; }
  /** A keyword, unless it heads a reference (`if.foo`, `in.bar(1)`: keywords are valid names after a dot). */
  private atKw(k: string) {
    const t = this.toks[this.p];
    if (t.kind !== 'ident' || t.text !== k || !this.kw.has(k)) return false;
    const n = this.peek();
    return !(n.kind === 'op' && n.text === '.' && n.start === t.end);
  }
  private atIdent(text: string) { return this.tok.kind === 'ident' && this.tok.text === text; }
  private atEof() { return this.tok.kind === 'eof'; }
  /** The current identifier is immediately followed by `.`, `[` or `(` (so a keyword is used as a name). */
  private glued() {
    const n = this.peek();
    return n.kind === 'op' && n.start === this.tok.end && (n.text === '.' || n.text === '[' || n.text === '(');
  }
  private gluedDot() {
    const n = this.peek();
    return n.kind === 'op' && n.text === '.' && n.start === this.tok.end;
  }
  private describe(t: Token): string {
    if (t.kind === 'eof') return 'eof token';
    if (t.kind === 'ident') return `identifier token`;
    if (t.kind === 'string' || t.kind === 'rawstring') return 'string token';
    if (t.kind === 'number') return 'number token';
    return `${OP_TOKEN_NAMES[t.text] ?? t.text} token`;
  }
  fail(msg: string, t: Token = this.tok): never {
    const bad = this.illegal;
    if (bad && t.start >= bad.start) throw new RegoError('rego_parse_error', bad.text, bad.loc);
    throw new RegoError('rego_parse_error', msg, t.loc);
  }
  /** OPA's message for a token that fits nowhere: `unexpected rem token`. */
  private unexpectedToken(t: Token = this.tok): never { this.fail(`unexpected ${this.describe(t)}`, t); }
  private unexpected(expected: string): never { this.fail(`unexpected ${this.describe(this.tok)}: expected ${expected}`); }
  private expectOp(op: string): Token {
    if (!this.at(op)) this.unexpected(op);
    return this.next();
  }

  // -- module ---------------------------------------------------------------------------------------------------
  parseModule(): Module {
    const pk = this.tok;
    if (pk.kind === 'eof') throw new RegoError('rego_parse_error', 'empty module', { file: this.file, row: 0, col: 0 });
    if (!(pk.kind === 'ident' && pk.text === 'package')) {
      this.statementsBeforePackage();
      this.fail('package expected', pk);
    }
    this.next();
    if (this.peek(0).kind !== 'ident') this.unexpectedToken();
    const pkgRef = this.parseRefPath();
    const pkg = pkgRef.map((t, i) => {
      if (i === 0 && t.t === 'var') return t.name;
      if (t.t === 'scalar' && typeof t.value === 'string') return t.value;
      return this.fail('package path must contain only string keys');
    });
    if (pkg[0] === 'data') pkg.shift();
    const mod: Module = { file: this.file, package: pkg, packageLoc: pk.loc, imports: [], rules: [], annotations: [], comments: this.comments, v0: !!this.opts.v0 };
    this.module = mod;
    while (this.tok.kind !== 'eof') {
      // as OPA, an import may follow rules; it applies to the whole module
      if (this.atIdent('import') && !this.glued()) { this.addImport(mod, this.parseImport()); continue; }
      for (const r of this.parseRule()) mod.rules.push(r);
    }
    this.attachAnnotations(mod);
    return mod;
  }

  /** As OPA, a module not starting with `package` is first read as statements (rules, else queries) to the end, so
   * a syntax error in them is reported rather than the missing package. The statements themselves are dropped. */
  private statementsBeforePackage() {
    while (!this.atEof()) {
      if (this.at(';')) { this.next(); continue; }
      if (this.tok.kind === 'ident' && !(KEYWORDS.has(this.tok.text) && this.atKw(this.tok.text)) && !RESERVED.has(this.tok.text)) {
        const save = this.p;
        try {
          this.parseRule();
          continue;
        } catch (e) {
          if (!(e instanceof RegoError)) throw e;
          this.p = save;
          this.parseRefPath();
          const n = this.peek(0);
          // OPA's rule parser commits to a head followed on its line by a rule's own token (`:=`, `if`, `{`...), or by
          // `,`, `:` or a token written against it (`a%2`); other heads start queries (`a % 2`)
          // (OPA requires `if` only after parsing, once the module's Rego version is known)
          if (this.ruleContinues() && e.detail !== IF_REQUIRED) throw e;
          if (!n.nl && n.kind !== 'eof' && (this.isOp(n, ',') || this.isOp(n, ':') || n.start === this.toks[this.p - 1].end)) this.unexpectedToken(n);
          this.p = save;
        }
      }
      this.parseLiteral();
    }
  }

  private ruleContinues(): boolean {
    const t = this.tok;
    if (t.nl) return false;
    if (t.kind === 'op') return t.text === ':=' || t.text === '=' || t.text === '{' || t.text === '(';
    return t.kind === 'ident' && (this.atKw('if') || this.atKw('contains'));
  }

  private attachAnnotations(mod: Module) {
    const blocks = parseAnnotations(this.comments, this.src, this.file);
    for (const b of blocks) {
      const next = mod.rules.find((r) => r.loc.row > b.endRow && !mod.rules.some((q) => q.loc.row > b.endRow && q.loc.row < r.loc.row));
      if (b.scope === 'package' || b.scope === 'subpackages' || b.endRow < mod.packageLoc.row) {
        // a block before the package clause is about the package unless it says otherwise
        if (b.endRow < mod.packageLoc.row && b.annotation.data.scope === undefined) b.annotation.scope = 'package';
        mod.annotations.push(b.annotation);
      } else if (next) {
        // an entrypoint is a document: OPA gives it that scope unless told otherwise, and refuses `rule`
        if (b.annotation.data.entrypoint === true) {
          if (b.annotation.data.scope === undefined) b.annotation.scope = 'document';
          else if (b.scope !== 'document') {
            throw new RegoError('rego_parse_error', `annotation entrypoint applied to non-document or package scope '${b.scope}'`, b.annotation.loc);
          }
        }
        (next.annotations ??= []).push(b.annotation);
      }
    }
  }

  /** v1: two imports of one name are an error (OPA's checkDuplicateImports). */
  private addImport(mod: Module, imp: Import) {
    const name = (i: Import) => i.alias ?? (i.path.t === 'ref' && i.path.path.length
      ? String((i.path.path[i.path.path.length - 1] as { value?: unknown }).value) : i.path.t === 'ref' && i.path.head.t === 'var' ? i.path.head.name : '');
    const text = (i: Import) => `import ${dottedImport(i.path)}${i.alias ? ` as ${i.alias}` : ''}`;
    const prev = mod.v0 ? undefined : mod.imports.find((i) => name(i) === name(imp));
    if (prev) throw new RegoError('rego_compile_error', `import must not shadow ${text(prev)}`, imp.loc);
    mod.imports.push(imp);
  }

  private parseImport(): Import {
    const t = this.next();
    if (this.peek(0).kind !== 'ident') this.unexpectedToken();
    const ref = this.parseRefPath();
    const head = ref[0] as VarTerm;
    const names = ref.map((x) => (x.t === 'var' ? x.name : x.t === 'scalar' ? String(x.value) : '*'));
    if (!['data', 'input', 'future', 'rego'].includes(head.name)) {
      this.fail(`unexpected import path, must begin with one of: {data, future, input, rego}, got: ${head.name}`, t);
    }
    if (head.name === 'future' && names[1] === 'keywords') {
      const allowed = ['contains', 'every', 'if', 'in', 'not', ...(this.opts.experimental ? ['and', 'or'] : [])].sort();
      const ks = names.length === 2 ? ['if', 'contains', 'in', 'every'] : [names[2]];
      for (const k of ks) {
        if (!allowed.includes(k)) this.fail(`unexpected keyword, must be one of [${allowed.join(' ')}]`, t);
        this.kw.add(k);
      }
    }
    if (head.name === 'rego' && names[1] === 'v1') {
      for (const k of ['if', 'contains', 'in', 'every']) this.kw.add(k);
      // as OPA: a v0 module importing rego.v1 is written in v1 syntax
      this.v0 = false;
      if (this.module) this.module.v0 = false;
    }
    let alias: string | undefined;
    if (this.tok.kind === 'ident' && this.tok.text === 'as' && !this.tok.nl) {
      this.next();
      if (this.tok.kind !== 'ident') this.unexpected('var');
      alias = this.next().text;
    }
    return { path: { t: 'ref', head, path: ref.slice(1), loc: t.loc }, alias, loc: t.loc };
  }

  /** `a.b["c"][d]` as [var a, "b", "c", d]. */
  private parseRefPath(): Term[] {
    const t = this.tok;
    if (t.kind !== 'ident') this.unexpected('identifier');
    this.next();
    const out: Term[] = [{ t: 'var', name: t.text, loc: t.loc }];
    for (;;) {
      if (this.at('.') && !this.tok.nl) {
        this.next();
        const n = this.tok;
        if (n.kind !== 'ident') this.unexpected('identifier');
        this.next();
        out.push({ t: 'scalar', value: n.text, loc: n.loc });
      } else if (this.at('[') && !this.tok.nl) {
        this.next();
        out.push(this.parseTermIn());
        this.expectOp(']');
        this.bracketed.add(out[out.length - 1]);
      } else break;
    }
    return out;
  }
  /** Reference elements written in brackets (`p["x"]`, not `p.x`): v0 reads `p["x"] { ... }` as a partial set. */
  private bracketed = new WeakSet<Term>();

  // -- rules ----------------------------------------------------------------------------------------------------
  private parseRule(): Rule[] {
    const start = this.tok;
    if (start.kind === 'ident' && KEYWORDS.has(start.text) && this.atKw(start.text)) {
      // OPA reads these as a query, then refuses it as a rule
      const asHead = NOT_A_HEAD[start.text];
      if (asHead && this.literalParses()) this.fail(asHead, start);
      this.fail(`unexpected ${start.text} keyword`);
    }
    if (start.kind === 'ident' && start.text === 'default' && !this.glued()) {
      this.next();
      const ref = this.parseRefPath();
      let args: Term[] | undefined;
      if (this.at('(') && !this.tok.nl) args = this.parseArgs();
      let assign = false;
      if (this.at(':=')) { assign = true; this.next(); } else if (this.at('=')) this.next();
      else this.unexpected(':= or =');
      const value = this.parseTermIn();
      const bad = nonConstant(value);
      if (bad) this.fail(`illegal default rule (value cannot contain ${bad})`, start);
      const head: RuleHead = { ref, args, value, assign, loc: start.loc };
      return [{ head, body: [trueExpr(start.loc)], default: true, loc: start.loc, module: this.module! }];
    }
    if (start.kind !== 'ident') this.unexpectedToken();
    const ref = this.parseRefPath();
    const head: RuleHead = { ref, assign: false, loc: start.loc };
    if (this.at('(') && !this.tok.nl) head.args = this.parseArgs();
    if (this.atKw('contains')) {
      this.next();
      head.key = this.parseTermIn();
    } else if (this.at(':=') || this.at('=')) {
      head.assign = this.next().text === ':=';
      head.value = this.parseTermIn();
    }
    if (this.v0 && !head.key && !head.value && !head.args && ref.length === 2 && (ref[1].t !== 'scalar' || this.bracketed.has(ref[1]))) {
      // v0 partial set `p[x] { ... }`, `p["x"] { ... }`; a v0 partial object `p[k] = v { ... }` is a ref-head rule
      head.key = ref[1];
      head.ref = [ref[0]];
    }
    const bodies: Expr[][] = [];
    let hasIf = false;
    if (this.atKw('if')) {
      this.next();
      hasIf = true;
      bodies.push(this.parseRuleBody());
    } else if (this.at('{') && !(this.tok.nl && (head.value || head.key))) {
      if (!this.v0) this.fail(IF_REQUIRED, start);
      bodies.push(this.parseBraceBody());
    }
    // v0: additional bodies `p { a } { b }`
    while (this.v0 && this.at('{') && !hasIf && bodies.length) bodies.push(this.parseBraceBody());
    // as OPA, `else` follows a body only (`p := 1 else := 2` is refused)
    const bodyless = !bodies.length;
    if (!bodies.length) {
      if (!head.value && !head.key && !head.args && !this.v0 && ref.length === 1 && !hasIf) {
        this.fail(`rule must have a value or body`, start);
      }
      bodies.push([trueExpr(start.loc)]);
    }
    const rules: Rule[] = bodies.map((body) => ({ head, body, default: false, loc: start.loc, module: this.module! }));
    let cur = rules[rules.length - 1];
    while (this.atIdent('else') && !this.glued()) {
      if (bodyless) this.fail('unexpected else keyword');
      const et = this.next();
      const eh: RuleHead = { ref: head.ref, args: head.args, assign: false, loc: et.loc };
      if (this.at(':=') || this.at('=')) { eh.assign = this.next().text === ':='; eh.value = this.parseTermIn(); }
      let body: Expr[];
      if (this.atKw('if')) { this.next(); body = this.parseRuleBody(); }
      else if (this.at('{')) body = this.parseBraceBody();
      else body = [trueExpr(et.loc)];
      const r: Rule = { head: eh, body, default: false, loc: et.loc, module: this.module! };
      cur.else = r;
      cur = r;
    }
    return rules;
  }

  private literalParses(): boolean {
    const save = this.p;
    try {
      this.parseLiteral();
      return true;
    } catch (e) {
      if (!(e instanceof RegoError)) throw e;
      return false;
    } finally {
      this.p = save;
    }
  }

  private parseArgs(): Term[] {
    this.expectOp('(');
    const args: Term[] = [];
    while (!this.at(')')) {
      args.push(this.parseTermIn());
      if (!this.at(',')) break;
      this.next();
    }
    this.closeArgs();
    return args;
  }

  /** After `if`: a `{ ... }` body, or one literal (which may itself start with `{`: `if {x: 1 | ...}[k]`). */
  private parseRuleBody(): Expr[] {
    if (!this.at('{')) return [this.parseLiteral()];
    const save = this.p;
    let bodyError: unknown;
    try {
      const body = this.parseBraceBody();
      if (!this.continuesTerm()) return body;
    } catch (e) {
      if (!(e instanceof RegoError)) throw e;
      bodyError = e;
    }
    this.p = save;
    try {
      return [this.parseLiteral()];
    } catch (e) {
      // a broken body is reported as such, not as a broken term
      throw bodyError ?? e;
    }
  }

  /** The token after a `{ ... }` continues it as a term (`{1} == x`, `{x | ...}[k]`). */
  private continuesTerm(): boolean {
    const t = this.tok;
    if (t.nl || t.kind !== 'op') return false;
    return ['.', '[', '==', '!=', '<', '>', '<=', '>=', '|', '&', '+', '-', '*', '/', '%', ':=', '='].includes(t.text);
  }

  private parseBraceBody(): Expr[] {
    this.expectOp('{');
    const body = this.parseBodyUntil('}');
    this.expectOp('}');
    return body;
  }

  private parseBodyUntil(end: string): Expr[] {
    const body: Expr[] = [];
    while (!this.at(end)) {
      if (this.tok.kind === 'eof') this.unexpectedToken();
      body.push(this.parseLiteral());
      if (this.at(';')) {
        this.next();
        // OPA refuses a `;` before the end of a body
        if (this.at(end)) this.fail(`unexpected ${end} token`);
        continue;
      }
      if (this.at(end)) break;
      if (!this.tok.nl) this.unexpected(`\\n or ; or ${end}`);
    }
    if (!body.length) this.fail('found empty body');
    return body;
  }

  // -- literals -------------------------------------------------------------------------------------------------
  parseLiteral(): Expr {
    if (!this.kw.has('or') && !this.kw.has('and')) return this.parseSimpleLiteral();
    const first = this.tok;
    const branches: Expr[][] = [this.parseAndChain()];
    while (this.atKw('or')) { this.next(); branches.push(this.parseAndChain()); }
    if (branches.length === 1 && branches[0].length === 1) return branches[0][0];
    // `a and b with input.x as 1`: modifiers after the last operand apply to the whole expression
    const lastBranch = branches[branches.length - 1];
    const last = lastBranch[lastBranch.length - 1];
    const withs = last.e !== 'or' || !last.group ? last.with : [];
    if (withs === last.with) last.with = [];
    return { e: 'or', branches, negated: false, with: withs, loc: first.loc };
  }

  private parseAndChain(): Expr[] {
    const out = [this.parseLogicOperand()];
    while (this.atKw('and')) { this.next(); out.push(this.parseLogicOperand()); }
    return out;
  }

  private parseLogicOperand(): Expr {
    if (this.at('{') && this.looksLikeBody()) {
      const t = this.tok;
      const body = this.parseBraceBody();
      return { e: 'or', branches: [body], negated: false, with: [], loc: t.loc, group: true };
    }
    if (this.at('(')) {
      // `(a or b)` grouping of literals; fall back to a term when it is not a literal group
      const save = this.p;
      try {
        this.next();
        const inner = this.parseLiteral();
        if (this.at(')')) {
          this.next();
          if (this.atKw('and') || this.atKw('or') || this.at(';') || this.at('}') || this.at(')') || this.tok.nl || this.tok.kind === 'eof') return inner;
        }
      } catch { /* not a group */ }
      this.p = save;
    }
    return this.parseSimpleLiteral();
  }

  parseSimpleLiteral(): Expr {
    const t = this.tok;
    this.literalAt = this.p;
    let expr: Expr;
    if (this.atKw('some') && !this.glued()) {
      expr = this.parseSome();
    } else if (this.atKw('every') && !this.glued()) {
      expr = this.parseEvery();
    } else if (this.atKw('not') && this.isOp(this.peek(), '{') && this.looksLikeBody(1)) {
      this.next();
      const body = this.parseBraceBody();
      return { e: 'or', branches: [body], negated: true, with: [], loc: t.loc, group: true };
    } else if (this.atKw('not') && !(this.glued() && !this.isOp(this.peek(), '('))) {
      // `not x`, and `not(x)` as OPA allows
      this.next();
      for (const k of ['some', 'every']) if (this.atKw(k) && !this.glued()) this.fail(`unexpected ${k} keyword: ${k} cannot be negated`);
      const inner = this.kw.has('and') || this.kw.has('or') ? this.parseLogicOperand() : this.parseSimpleLiteral();
      if (inner.negated) this.fail('unexpected not keyword', t);
      inner.negated = true;
      inner.loc = t.loc;
      return inner;
    } else {
      const term = this.parseExprTerm();
      expr = { e: 'term', term, negated: false, with: [], loc: t.loc };
    }
    // `with` may start a continuation line: no literal begins with it
    while (this.tok.kind === 'ident' && this.tok.text === 'with' && !this.gluedDot()) {
      const w = this.next();
      const target = this.parseTermRel();
      if (!this.atIdent('as')) this.unexpected('as keyword');
      this.next();
      const value = this.parseTermIn();
      expr.with.push({ target, value, loc: w.loc });
    }
    return expr;
  }

  private parseSome(): Expr {
    const t = this.next();
    const terms: Term[] = [this.someTerm()];
    while (this.at(',')) { this.next(); terms.push(this.someTerm()); }
    if (this.atKw('in')) {
      this.next();
      if (terms.length > 2) this.fail('unexpected , token: expected in', t);
      const domain = this.parseTermRel();
      const [key, value] = terms.length === 2 ? terms : [undefined, terms[0]];
      return { e: 'somein', key, value, domain, negated: false, with: [], loc: t.loc };
    }
    const vars = terms.map((x) => {
      if (x.t !== 'var') this.fail('expected var', t);
      return x as VarTerm;
    });
    return { e: 'some', vars, negated: false, with: [], loc: t.loc };
  }

  /** A declared variable, or (before `in`) a pattern; OPA names a token that can start neither. */
  private someTerm(): Term {
    const k = this.tok.kind;
    if (k !== 'ident' && !this.at('[') && !this.at('{')) this.unexpected('var');
    return this.parseTermRel();
  }

  private parseEvery(): Expr {
    const t = this.next();
    const terms: Term[] = [this.parseTermRel()];
    if (this.at(',')) { this.next(); terms.push(this.parseTermRel()); }
    if (!this.atKw('in')) this.unexpected('in');
    // as OPA: every declares variables, not patterns
    for (const x of terms) if (x.t !== 'var') this.fail(`unexpected ${x.t === 'scalar' ? typeName(x.value) : x.t} term: every declares variables`, t);
    this.next();
    const domain = this.parseTermRel();
    if (!this.at('{')) this.fail(`unexpected ${this.describe(this.tok)}: missing body`);
    const body = this.parseBraceBody();
    const [key, value] = terms.length === 2 ? terms : [undefined, terms[0]];
    return { e: 'every', key, value, domain, body, negated: false, with: [], loc: t.loc };
  }

  /** An expression: `a := b`, `a = b`, or a term (possibly with infix calls). */
  private parseExprTerm(): Term {
    const t = this.tok;
    const lhs = this.parseTermIn();
    if ((this.at(':=') || this.at('=')) && !this.tok.nl) {
      const op = this.next().text === ':=' ? 'assign' : 'eq';
      const rhs = this.parseTermIn();
      return { t: 'call', op, args: [lhs, rhs], loc: t.loc };
    }
    return lhs;
  }

  // -- terms ----------------------------------------------------------------------------------------------------
  parseTermIn(): Term {
    const t = this.tok;
    let lhs = this.parseTermRel();
    if (this.at(',') && this.kw.has('in') && this.looksLikeKeyValIn()) {
      this.next();
      const v = this.parseTermRel();
      this.next(); // in
      const rhs = this.parseTermRel();
      lhs = { t: 'call', op: 'internal.member_3', args: [lhs, v, rhs], loc: t.loc };
    }
    while (this.atKw('in')) {
      this.next();
      const rhs = this.parseTermRel();
      lhs = { t: 'call', op: 'internal.member_2', args: [lhs, rhs], loc: t.loc };
    }
    return lhs;
  }

  private looksLikeKeyValIn(): boolean {
    if (this.noOr > 0 || this.inList > 0) return false;
    const save = this.p;
    try {
      this.next();
      this.parseTermRel();
      return this.atKw('in');
    } catch {
      return false;
    } finally {
      this.p = save;
    }
  }
  private inList = 0;

  /** After `not`: `{ a; b }` is a body (literals), `{1, 2}` / `{"a": 1}` a set or object term. */
  private looksLikeBody(skip = 0): boolean {
    const save = this.p;
    try {
      this.p += skip;
      this.parseBraceBody();
      return !(this.at(':') || this.at('==') || this.at('!=') || this.at('|') || this.at('&') || this.at('.') || this.at('['));
    } catch {
      return false;
    } finally {
      this.p = save;
    }
  }

  /** Relations and the infix operators above them, by precedence climbing (one call per operand, not one per level). */
  private parseTermRel(): Term { return this.parseInfix(1); }

  private parseInfix(min: number): Term {
    const t = this.tok;
    let lhs = this.parseTerm();
    for (;;) {
      const o = this.tok;
      if (o.kind !== 'op') break;
      const prec = INFIX_PREC[o.text];
      if (prec === undefined || prec < min || (prec === OR_PREC && this.noOr !== 0)) break;
      this.next();
      lhs = { t: 'call', op: INFIX_OP[o.text], args: [lhs, this.parseInfix(prec + 1)], loc: t.loc };
    }
    return lhs;
  }

  /** A primary term (or `head`, already read) followed by `.x`, `[e]` and call suffixes written against it. */
  parseTerm(head?: Term): Term {
    let term = head ?? this.parsePrimary();
    if (!head && term.t === 'scalar' && (this.at('[') || this.at('.')) && this.tok.start === this.toks[this.p - 1].end) this.illegalRefHead(term);
    for (;;) {
      const t = this.tok;
      // as OPA, a suffix is written against its term: `a [1]` is `a` followed by an array
      if (t.start !== this.toks[this.p - 1].end) break;
      if (this.isOp(t, '.')) {
        this.next();
        const n = this.tok;
        if (n.kind !== 'ident') this.unexpected('identifier');
        this.next();
        term = appendRef(term, { t: 'scalar', value: n.text, loc: n.loc });
      } else if (this.isOp(t, '[')) {
        this.next();
        const saveNo = this.noOr; const saveList = this.inList;
        this.noOr = 0; this.inList = 0;
        const key = this.parseTermIn();
        this.noOr = saveNo; this.inList = saveList;
        this.expectOp(']');
        term = appendRef(term, key);
      } else if (this.isOp(t, '(')) {
        const op = dottedName(term);
        if (op === undefined) break;
        const args = this.parseArgsList();
        term = op === 'set' && args.length === 0 ? { t: 'set', items: [], loc: term.loc } : { t: 'call', op, args, loc: term.loc };
      } else break;
    }
    return term;
  }

  /** As OPA, a ref on a scalar is an error, and so is what is wrong in the rest of the ref (`1.0.0`: two errors). */
  private illegalRefHead(head: Term & { t: 'scalar' }): never {
    const first = new RegoError('rego_parse_error', `illegal ref (head cannot be ${typeName(head.value)})`, this.toks[this.p - 1].loc);
    try {
      this.parseTerm(head);
    } catch (e) {
      if (e instanceof RegoError) throw new RegoParseErrors([first, ...allErrors(e)]);
      throw e;
    }
    throw first;
  }

  private parseArgsList(): Term[] {
    this.expectOp('(');
    const saveNo = this.noOr; const saveList = this.inList;
    this.noOr = 0; this.inList = 1;
    const args: Term[] = [];
    while (!this.at(')')) {
      args.push(this.parseTermIn());
      if (!this.at(',')) break;
      this.next();
    }
    this.noOr = saveNo; this.inList = saveList;
    this.closeArgs();
    return args;
  }

  private closeArgs() {
    if (!this.at(')')) this.unexpected('"," or ")"');
    this.next();
  }

  private parsePrimary(): Term {
    const t = this.tok;
    const loc = t.loc;
    switch (t.kind) {
      case 'number': this.next(); return { t: 'scalar', value: this.number(t.text, t), loc };
      case 'string': this.next(); return { t: 'scalar', value: t.text, loc };
      case 'rawstring': this.next(); return { t: 'scalar', value: t.text, loc };
      case 'template': this.next(); return this.parseTemplate(t);
      case 'ident': {
        const nx = this.peek();
        const glued = nx.kind === 'op' && nx.start === t.end && (nx.text === '.' || nx.text === '[' || (nx.text === '(' && !NOT_CALLED.has(t.text)));
        // as OPA, `true.x` is a ref to a rule `true` where a literal starts, elsewhere a ref on a scalar (refused below)
        if (glued && t.text !== 'input' && t.text !== 'data' && (this.p === this.literalAt || (t.text !== 'true' && t.text !== 'false' && t.text !== 'null'))) {
          this.next();
          return { t: 'var', name: t.text, loc };
        }
        if (t.text === 'true' || t.text === 'false') { this.next(); return { t: 'scalar', value: t.text === 'true', loc }; }
        if (t.text === 'null') { this.next(); return { t: 'scalar', value: null, loc }; }
        if (this.kw.has(t.text) && KEYWORDS.has(t.text)) {
          this.unexpected('term');
        }
        if (RESERVED.has(t.text) && !this.isOp(this.peek(), '.') && !this.isOp(this.peek(), '[')) {
          this.unexpected('term');
        }
        this.next();
        return { t: 'var', name: t.text, loc };
      }
      case 'op': {
        if (t.text === '-') {
          const n = this.peek();
          if (n.kind === 'number' && n.start === t.end) {
            this.next(); this.next();
            return { t: 'scalar', value: this.number('-' + n.text, n), loc };
          }
          this.next();
          // OPA negates a number or a var/ref/call only: `-(1 + 2)`, `- -1`, `-[1]` are parse errors there
          if (this.tok.kind !== 'ident' && this.tok.kind !== 'number') this.unexpected('number');
          const operand = this.parseTerm();
          return { t: 'call', op: 'minus', args: [{ t: 'scalar', value: 0, loc }, operand], loc };
        }
        if (t.text === '(') {
          this.next();
          const saveNo = this.noOr; const saveList = this.inList;
          this.noOr = 0; this.inList = 0;
          const inner = this.parseExprTerm();
          this.noOr = saveNo; this.inList = saveList;
          if (!this.at(')')) this.fail('non-terminated expression');
          this.next();
          return inner;
        }
        if (t.text === '[') return this.parseArray();
        if (t.text === '{') return this.parseBrace();
        break;
      }
      default: break;
    }
    return this.unexpectedToken();
  }

  /** A number literal; one beyond the float range is a parse error here rather than a crash. */
  private number(text: string, t: Token): Num {
    // a short integer (the lexer refuses leading zeros) is its JS number: no regular expressions for `1` or `20`
    if (text.length < 16 && isDigits(text)) return Number(text);
    try {
      return numLiteral(text);
    } catch {
      const big = bigIntegerLiteral(text);
      return big === undefined ? this.fail('number too big', t) : num(big);
    }
  }

  /** The items after the first of an array or set literal, up to and including its closing bracket. */
  private restOfList(first: Term, close: ']' | '}'): Term[] {
    const items = [first];
    while (this.at(',')) {
      this.next();
      if (this.at(close)) break;
      items.push(this.withList(() => this.parseTermIn(), false));
    }
    if (!this.at(close)) this.unexpected(`"," or "${close}"`);
    this.next();
    return items;
  }

  // As OPA's parser: a comprehension's head (and an object comprehension's value) is a plain term, tried first so
  // `{a | b}` is a comprehension; otherwise the literal is read again as a list of full terms (`[a + b | c]` is then
  // the array `[a + (b | c)]`, so a comprehension with an unparenthesised operator in its head is refused).
  private parseArray(): Term {
    const t = this.next();
    if (this.at(']')) { this.next(); return { t: 'array', items: [], loc: t.loc }; }
    const start = this.p;
    const head = this.withList(() => this.parseTerm(), true);
    const compr = this.comprehensionBody(']');
    if (compr) return { t: 'arraycompr', term: head, body: compr, loc: t.loc };
    this.p = start;
    const first = this.withList(() => this.parseTermIn(), false);
    return { t: 'array', items: this.restOfList(first, ']'), loc: t.loc };
  }

  /** After a plain head: the body of `| body <close>`, or undefined when this is no comprehension after all. */
  private comprehensionBody(close: ']' | '}'): Expr[] | undefined {
    if (!this.at('|')) return undefined;
    this.next();
    try {
      const body = this.parseBodyUntil(close);
      this.expectOp(close);
      return body;
    } catch (e) {
      // `[a | b, c]` is an array whose first item is a set union, as in OPA
      if (this.at(',')) return undefined;
      throw e;
    }
  }

  private withList<T>(f: () => T, noOr: boolean): T {
    const saveNo = this.noOr; const saveList = this.inList;
    this.noOr = noOr ? 1 : 0; this.inList = 1;
    try { return f(); } finally { this.noOr = saveNo; this.inList = saveList; }
  }

  private parseBrace(): Term {
    const t = this.next();
    if (this.at('}')) { this.next(); return { t: 'object', items: [], loc: t.loc }; }
    const start = this.p;
    let head = this.withList(() => this.parseTerm(), true);
    const compr = this.comprehensionBody('}');
    if (compr) return { t: 'setcompr', term: head, body: compr, loc: t.loc };
    if (!this.at(':')) {
      this.p = start;
      head = this.withList(() => this.parseTermIn(), false);
      if (this.at('}') || this.at(',')) return { t: 'set', items: this.restOfList(head, '}'), loc: t.loc };
      if (!this.at(':')) this.fail(`unexpected ${this.describe(this.tok)}: non-terminated set`);
    }
    this.next();
    const valueStart = this.p;
    const plainValue = this.withList(() => this.parseTerm(), true);
    const objCompr = this.comprehensionBody('}');
    if (objCompr) return { t: 'objectcompr', key: head, value: plainValue, body: objCompr, loc: t.loc };
    this.p = valueStart;
    const v = this.withList(() => this.parseTermIn(), false);
    if (!this.at('}') && !this.at(',')) this.fail(`unexpected ${this.describe(this.tok)}: non-terminated object`);
    const items: [Term, Term][] = [[head, v]];
    while (this.at(',')) {
      this.next();
      if (this.at('}')) break;
      const k = this.withList(() => this.parseTermIn(), false);
      this.expectOp(':');
      items.push([k, this.withList(() => this.parseTermIn(), false)]);
    }
    this.expectOp('}');
    return { t: 'object', items, loc: t.loc };
  }

  private parseTemplate(t: Token): Term {
    const raw = t.raw!;
    const parts: (string | Term)[] = [];
    let lit = '';
    let i = 0;
    const base = t.bodyStart!;
    while (i < raw.length) {
      const c = raw[i];
      if (t.rawTemplate && c === '\\' && raw[i + 1] === '{') { lit += '{'; i += 2; continue; }
      if (!t.rawTemplate && c === '\\') {
        if (raw[i + 1] === '{') { lit += '{'; i += 2; continue; }
        lit += raw.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '{') {
        // find the matching brace, skipping nested strings
        let depth = 1;
        let j = i + 1;
        while (j < raw.length && depth > 0) {
          const d = raw[j];
          if (d === '"') { j++; while (j < raw.length && raw[j] !== '"') { if (raw[j] === '\\') j++; j++; } }
          else if (d === '`') { j++; while (j < raw.length && raw[j] !== '`') j++; }
          else if (d === '{') depth++;
          else if (d === '}') depth--;
          if (depth > 0) j++;
        }
        if (depth > 0) this.fail('unterminated template expression', t);
        if (lit) parts.push(t.rawTemplate ? lit : decodeString(lit, () => this.fail('illegal escape sequence in template string', t)));
        lit = '';
        const text = raw.slice(i + 1, j);
        // Pad so locations inside the expression point into the original source.
        const before = this.src.slice(0, base + i + 1).replace(/[^\n]/g, ' ');
        const sub = new Parser(before + text, this.file, this.opts);
        sub.kw = new Set(this.kw);
        const inner = sub.parseSimpleLiteral();
        if (sub.tok.kind !== 'eof') sub.unexpected('}');
        // as OPA: a template expression has one value, so it cannot iterate with `_`
        const wild = findWildcard(inner);
        if (wild) throw new RegoError('rego_compile_error', 'var _ is undeclared', wild);
        parts.push(templatePart(inner));
        i = j + 1;
        continue;
      }
      lit += c;
      i++;
    }
    if (lit) parts.push(t.rawTemplate ? lit : decodeString(lit, () => this.fail('illegal escape sequence in template string', t)));
    return { t: 'template', parts, loc: t.loc };
  }

  /** A whole query (body), e.g. `data.x.p = y; z := 1`. */
  parseQuery(): Expr[] {
    const body: Expr[] = [];
    while (this.tok.kind !== 'eof') {
      body.push(this.parseLiteral());
      if (this.at(';')) { this.next(); continue; }
      if (this.atEof()) break;
      if (!this.tok.nl) this.unexpected('; or newline');
    }
    if (!body.length) this.fail('empty query');
    return body;
  }

  parseSingleTerm(): Term {
    const t = this.parseTermIn();
    if (this.tok.kind !== 'eof') this.unexpected('eof');
    return t;
  }

  enableKeywords(keys: string[]) { for (const k of keys) this.kw.add(k); }
}

let templateVars = 0;

/** A template expression with modifiers (`{a with input as x}`) is evaluated as `{v | v = a with input as x}`, as
 * OPA does for every template expression: its set of values decides (none: `<undefined>`, several: an error). */
function templatePart(e: Expr): Term {
  if (e.e === 'term' && !e.negated && !e.with.length && !(e.term.t === 'call' && (e.term.op === 'eq' || e.term.op === 'assign'))) return e.term;
  const v: VarTerm = { t: 'var', name: `__tpl${templateVars++}__`, loc: e.loc };
  const body: Expr[] = e.e === 'term' && !e.negated
    ? [{ ...e, term: { t: 'call', op: 'eq', args: [v, e.term], loc: e.loc } }]
    : [e, { e: 'term', term: { t: 'call', op: 'eq', args: [v, { t: 'scalar', value: true, loc: e.loc }], loc: e.loc }, negated: false, with: [], loc: e.loc }];
  return { t: 'setcompr', term: v, body, loc: e.loc, template: true };
}

/** What makes a default value non-constant (`ref`, `var`, `call`), outside comprehensions; undefined if constant. */
function nonConstant(t: Term): string | undefined {
  switch (t.t) {
    case 'ref': return 'ref';
    case 'var': return 'var';
    case 'call': return 'call';
    case 'template': return t.parts.some((p) => typeof p !== 'string') ? 'call' : undefined;
    case 'array': case 'set': for (const x of t.items) { const b = nonConstant(x); if (b) return b; } return undefined;
    case 'object': for (const [k, v] of t.items) { const b = nonConstant(k) ?? nonConstant(v); if (b) return b; } return undefined;
    default: return undefined;
  }
}

/** The location of a `_` in an expression outside closures, if any. */
function findWildcard(e: Expr): Loc | undefined {
  let found: Loc | undefined;
  const visit = (t: Term | undefined): void => {
    if (!t || found) return;
    switch (t.t) {
      case 'var': if (t.name === '_') found = t.loc; break;
      case 'ref': visit(t.head); t.path.forEach(visit); break;
      case 'array': case 'set': t.items.forEach(visit); break;
      case 'object': t.items.forEach(([k, v]) => { visit(k); visit(v); }); break;
      case 'call': t.args.forEach(visit); break;
      default: break;
    }
  };
  if (e.e === 'term') visit(e.term);
  return found;
}

/** An import path as written: `data.a.b`, `data.x["y-z"]`. */
function dottedImport(t: Term): string {
  if (t.t !== 'ref' || t.head.t !== 'var') return t.t === 'var' ? t.name : '';
  let s = t.head.name;
  for (const p of t.path) s += p.t === 'scalar' && typeof p.value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.value) ? `.${p.value}` : `[${p.t === 'scalar' ? JSON.stringify(p.value) : '_'}]`;
  return s;
}

function trueExpr(loc: Loc): Expr {
  return { e: 'term', term: { t: 'scalar', value: true, loc }, negated: false, with: [], loc };
}

function appendRef(term: Term, key: Term): Term {
  if (term.t === 'ref') return { t: 'ref', head: term.head, path: [...term.path, key], loc: term.loc };
  return { t: 'ref', head: term, path: [key], loc: term.loc };
}

export function parseModule(src: string, file: string, opts: ParseOptions = {}): Module {
  return new Parser(src, file, opts).parseModule();
}

export function parseQuery(src: string, opts: ParseOptions & { keywords?: string[] } = {}, file = 'query'): Expr[] {
  const p = new Parser(src, file, opts);
  p.enableKeywords(opts.keywords ?? ['if', 'contains', 'in', 'every']);
  return p.parseQuery();
}

export function parseTerm(src: string, file = 'term'): Term {
  return new Parser(src, file, {}).parseSingleTerm();
}

export type { Annotation };
