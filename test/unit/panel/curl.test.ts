import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { maskHeader, shellQuote, toCurl } from '../../../src/extension/panel/curl';
import { redactor } from '../../../src/core/log';

describe('copy as cURL', () => {
  const ex = {
    method: 'get',
    url: 'https://api.orange.com/eligibility/b2b/v1/poi?buildingCode=IMB%2F85020%2FX%2F000I',
    requestHeaders: {
      Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.secretpayload.sig',
      'X-Api-Key': 'k-123456789',
      'X-Ovh-Application': 'app-key-1234',
      'X-Ovh-Consumer': 'ck-1234',
      'X-Ovh-Signature': '$1$0123456789abcdef0123456789abcdef01234567',
      'X-Ovh-Timestamp': '1763820000',
      Accept: 'application/json',
      'Content-Length': '0',
    },
  };

  it('masks credentials and keeps the rest', () => {
    const c = toCurl(ex);
    assert.match(c, /^curl -X GET 'https:\/\/api\.orange\.com\/eligibility\/b2b\/v1\/poi\?buildingCode=IMB%2F85020%2FX%2F000I'/);
    assert.match(c, /-H 'Authorization: Bearer \*\*\*'/);
    assert.match(c, /-H 'X-Api-Key: \*\*\*'/);
    for (const h of ['Application', 'Consumer', 'Signature', 'Timestamp']) assert.match(c, new RegExp(`-H 'X-Ovh-${h}: \\*\\*\\*'`));
    assert.match(c, /-H 'Accept: application\/json'/);
    assert.doesNotMatch(c, /Content-Length/);
    for (const secret of ['secretpayload', 'k-123456789', 'app-key-1234', 'ck-1234', '0123456789abcdef']) assert.ok(!c.includes(secret), secret);
  });

  it('masks basic auth and unknown schemes', () => {
    assert.equal(maskHeader('authorization', 'Basic dXNlcjpwYXNz'), 'Basic ***');
    assert.equal(maskHeader('Authorization', 'whatever'), '***');
    assert.equal(maskHeader('content-type', 'application/json'), 'application/json');
  });

  it('removes registered secret values from the URL and body', () => {
    redactor.addSecret('S3cr3t-Value-42');
    const c = toCurl({ method: 'POST', url: 'https://x.test/p?k=S3cr3t-Value-42', requestHeaders: {}, requestBody: { note: 'S3cr3t-Value-42', building: 'IMB/1' } });
    assert.ok(!c.includes('S3cr3t-Value-42'));
    assert.match(c, /--data-raw '\{"note":"\*\*\*","building":"IMB\/1"\}'/);
  });

  it('quotes for the shell, so the command line says exactly the body', () => {
    const body = { name: `O'Brien "quoted" $HOME \`x\`` };
    const c = toCurl({ method: 'POST', url: 'https://x.test/', requestHeaders: {}, requestBody: body });
    const data = /--data-raw ('(?:[^']|'\\'')*')$/.exec(c)?.[1];
    assert.ok(data);
    const echoed = execFileSync('sh', ['-c', `printf %s ${data}`]).toString();
    assert.deepEqual(JSON.parse(echoed), body);
    assert.equal(shellQuote("a'b"), `'a'\\''b'`);
  });
});
