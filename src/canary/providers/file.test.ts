import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonErrorOffset } from './file.ts';

test('the JSON error offset agrees with V8 wherever V8 names a position, and finds it where V8 only quotes the text', () => {
  const withPosition = ['{"a":\n 1,}', '{"a":', '[1 2]', '{"a" 1}', '[1,]', '{"metrics":{}} x', '{"a":[1,{"b":nul}]}', '{"a":"x\ty"}', '[-]', '{,}', '[[[[1]]]', '"\\q"'];
  for (const text of withPosition) {
    let v8: number | undefined;
    try {
      JSON.parse(text);
    } catch (e) {
      const m = /at position (\d+)/.exec((e as Error).message);
      v8 = m ? Number(m[1]) : (e as Error).message.includes('end of JSON input') ? text.length : undefined;
    }
    if (v8 !== undefined) assert.equal(jsonErrorOffset(text), v8, JSON.stringify(text));
  }
  // V8 says only "Unexpected token ..., <the text> is not valid JSON" for these.
  const quoted: [string, number][] = [['FOO=bar\0BAZ', 0], ['{"a": x}', 6], ['{"a": [1, 2,, 3]}', 12], [' \n tru', 6]];
  for (const [text, at] of quoted) assert.equal(jsonErrorOffset(text), at, JSON.stringify(text));
  assert.equal(jsonErrorOffset(`${'['.repeat(200_000)}x`), 200_000, 'deep nesting does not overflow the stack');
});
