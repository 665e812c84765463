import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './providers.ts';
import { call } from '../../../test/rego/test-call.ts';
import { fromJSON, toJSON, type Value } from '../value/value.ts';

const config = { aws_access_key: 'MYAWSACCESSKEYGOESHERE', aws_secret_access_key: 'MYAWSSECRETACCESSKEYGOESHERE', aws_service: 's3', aws_region: 'us-east-1' };
const sign = (req: unknown, cfg: unknown = config, t: Value = 1451311705000000000n) => {
  const r = call(builtins, 'providers.aws.sign_req', fromJSON(req), fromJSON(cfg), t);
  return typeof r === 'string' ? r : toJSON(r as Value);
};

test('signs a request with SigV4 at the given time', () => {
  assert.deepEqual(sign({ method: 'get', url: 'http://example.com' }), {
    method: 'get', url: 'http://example.com',
    headers: {
      Authorization: 'AWS4-HMAC-SHA256 Credential=MYAWSACCESSKEYGOESHERE/20151228/us-east-1/s3/aws4_request,SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=0047a7016c81e5c7f29cd522f97e911e04fc472fced0aee7916cbc287ad6c8e3',
      host: 'example.com',
      'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'x-amz-date': '20151228T140825Z',
    },
  });
  const unsigned = sign({ method: 'get', url: 'https://example.com', headers: { foo: 'bar' } }, { ...config, disable_payload_signing: true }) as { headers: Record<string, string> };
  assert.equal(unsigned.headers['x-amz-content-sha256'], 'UNSIGNED-PAYLOAD');
  assert.match(unsigned.headers.Authorization, /Signature=c6e6db654e92172f71e18c714c123711de069ac6fd7df1348e5b28fd05532028$/);
});

test('bad operands have OPA messages', () => {
  const table: [unknown, unknown, Value, string][] = [
    [{}, config, 1, 'operand 1 missing required request parameters(s): {"method", "url"}'],
    [{ method: 'get', url: 'x' }, { example: 'x' }, 1, 'operand 2 missing required AWS config parameters(s): {"aws_access_key", "aws_region", "aws_secret_access_key", "aws_service"}'],
    [{ method: 1, url: 'x' }, config, 1, 'operand 1 invalid values for required request parameters(s): {"method"}'],
    [{ method: 'get', url: 'x' }, { ...config, disable_payload_signing: 'yes' }, 1, "operand 2 invalid value for 'disable_payload_signing' in AWS config"],
    [{ method: 'get', url: 'x' }, config, 1.5, 'operand 3 could not convert time_ns value into a unix timestamp'],
  ];
  for (const [req, cfg, t, message] of table) assert.equal(sign(req, cfg, t), `error: eval_type_error: providers.aws.sign_req: ${message}`);
});
