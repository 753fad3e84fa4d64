/** The sandbox's OVH `recall` routes over HTTP: signed, plain answers in the schema's shapes. */
import * as assert from 'node:assert/strict';
import { call, ELIG, signedHeaders, useSandbox } from './helpers';

describe('sandbox OVH recall', () => {
  const sb = useSandbox();
  const signed = (method: string, path: string, body?: object) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    return call(sb(), method, path, { body: body === undefined ? undefined : text, headers: signedHeaders(sb(), path, text, { method }) });
  };

  it('POST, GET list, GET, PUT, DELETE: one recall through its life', async () => {
    const created = await signed('POST', `${ELIG}/recall`, { reference: 'IMB/91471/C/NT8X', referenceType: 'building', profiberRequest: true });
    assert.equal(created.status, 200, created.text);
    const r = created.json as Record<string, unknown>;
    assert.deepEqual(Object.keys(r).sort(), ['completed', 'completedDate', 'creationDate', 'customer', 'dedicatedfiberRequest', 'id', 'profiberRequest', 'reference', 'referenceType', 'updatedDate']);
    assert.equal(r.completed, false);
    assert.equal(r.completedDate, null);
    assert.equal(r.profiberRequest, true);
    assert.equal(r.dedicatedfiberRequest, false);
    assert.ok(Number.isInteger(r.id));
    assert.match(String(r.creationDate), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    const list = await signed('GET', `${ELIG}/recall`);
    assert.deepEqual(list.json, [r]);
    const one = await signed('GET', `${ELIG}/recall/${String(r.id)}`);
    assert.deepEqual(one.json, r);
    const put = await signed('PUT', `${ELIG}/recall/${String(r.id)}`, { reference: 'IMB/91471/C/NT8X', referenceType: 'building', dedicatedfiberRequest: true });
    assert.equal(put.status, 200, put.text);
    assert.equal((put.json as { dedicatedfiberRequest: boolean }).dedicatedfiberRequest, true);
    assert.equal((put.json as { profiberRequest: boolean }).profiberRequest, false);
    const del = await signed('DELETE', `${ELIG}/recall/${String(r.id)}`);
    assert.equal(del.status, 200);
    assert.equal(del.text, 'null');
    assert.equal((await signed('GET', `${ELIG}/recall/${String(r.id)}`)).status, 404);
    assert.deepEqual((await signed('GET', `${ELIG}/recall`)).json, []);
  });

  it('every method needs a valid signature; bodies are checked against the schema', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
      const path = method === 'GET' || method === 'POST' ? `${ELIG}/recall` : `${ELIG}/recall/1`;
      const anonymous = await call(sb(), method, path, { body: method === 'POST' || method === 'PUT' ? { reference: 'x', referenceType: 'building' } : undefined });
      assert.equal(anonymous.status, 401, `${method} unsigned`);
      const wrong = await call(sb(), method, path, { headers: { ...signedHeaders(sb(), path, '', { method }), 'X-Ovh-Signature': '$1$' + '0'.repeat(40) } });
      assert.equal(wrong.status, 400, `${method} bad signature`);
      assert.equal((wrong.json as { errorCode: string }).errorCode, 'INVALID_SIGNATURE');
    }
    const missing = await signed('POST', `${ELIG}/recall`, { reference: 'IMB/91471/C/NT8X' });
    assert.equal(missing.status, 400);
    assert.match((missing.json as { message: string }).message, /\[referenceType\]/);
    const badEnum = await signed('POST', `${ELIG}/recall`, { reference: 'IMB/91471/C/NT8X', referenceType: 'otp' });
    assert.match((badEnum.json as { message: string }).message, /ReferenceTypeEnum/);
    const badType = await signed('POST', `${ELIG}/recall`, { reference: 'IMB/91471/C/NT8X', referenceType: 'building', profiberRequest: 'yes' });
    assert.match((badType.json as { message: string }).message, /\[profiberRequest\].*boolean/);
    assert.equal((await signed('GET', `${ELIG}/recall/abc`)).status, 400);
    assert.equal((await signed('GET', `${ELIG}/recall/999`)).status, 404);
  });
});
