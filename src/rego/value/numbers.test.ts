// Numbers keep OPA's text: literals (3.0, 1.5e6), float results beyond 17 digits (1/3) and in exponent form (2e-05).
// Every expected text below is OPA v1.19.1's output (`opa eval -f json '<query>'`), recorded verbatim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { toJSONText } from './value.ts';

const evalText = (expr: string, strict = false): string | undefined => {
  const p = compile([{ file: 'p.rego', source: `package x\nx := ${expr}\n` }]);
  const r = p.evaluate('x.x', { strict });
  if (r.error) throw r.error;
  return r.value === undefined ? undefined : toJSONText(r.value);
};

test('literals, results and json.marshal print as OPA does', () => {
  assert.equal(evalText('[1.5e6, 3.0, 1/3, json.marshal([3.0, 1000000*1.5])]'),
    '[1.5e6,3.0,0.33333333333333333334,"[3.0,1500000]"]');
  assert.equal(evalText('[1e21*1.5, 0.00001*2, 1.0, 3.0 == 3, 1.5e6, 0.1+0.2, 2.5*2, 10/4, 7/7, 1.1 + 2.2 == 3.3, 1.1+2.2, 1000000.5 + 1, {3.0: 1, 3: 2}, {1.0, 1, 2.50, 2.5}, [1e2, 100.0, 1E2, 12.50, -0.0, 0.5e1]]'),
    '[1500000000000000000000,2e-05,1.0,true,1.5e6,0.3,5,2.5,1,false,3.3000000000000000002,1.0000015e+06,{"3.0":2},[1.0,2.50],[1e2,100.0,1E2,12.50,-0.0,0.5e1]]');
});

test('builtins on numbers with text', () => {
  assert.equal(evalText('[numbers.range(1, 3.0), sprintf("%v %v %d", [3.0, 1/3, 2]), format_int(3.0, 10), to_number(3.0), 1e2 % 7, sort([2.0, 1, 1.50]), json.unmarshal("[3.0, 1e2]"), 1/3 == 0.3333333333333333, 1/3 * 3]'),
    '[[1,2,3],"3 0.3333333333333333 2","3",3.0,2,[1,1.50,2.0],[3.0,1e2],false,1]');
});

test('max/min keep the last of equal numbers, as OPA', () => {
  assert.equal(evalText('[max([1.0, 1]), max([1, 1.0]), min([1, 1.0]), [p | walk([3.0], p)], json.marshal(1/3), 0.1 * 3 == 0.3]'),
    '[1,1.0,1.0,[[[],[3.0]],[[0],3.0]],"0.33333333333333333334",true]');
});

test('a float such as 1.0 is not an integer where OPA reads one', () => {
  // OPA: "array.slice: operand 3 must be integer number but got floating-point number"; undefined without strict errors
  assert.equal(evalText('array.slice([1,2,3], 0, 1.0)'), undefined);
  assert.throws(() => evalText('array.slice([1,2,3], 0, 1.0)', true), /operand 3 must be integer number but got floating-point number/);
  // OPA: undefined (an array index must be an integer term)
  assert.equal(evalText('[1,2][i] if i := 1.0'), undefined);
});
