/** `soc2lint.showDocumentation` argument handling (client/src/doc-target.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ONLINE_DOCS_BASE_URL, parseDocRequest } from '../../client/src/doc-target';
import { DEFAULT_DOCS_BASE_URL } from '../../server/src/engine/config';

void describe('parseDocRequest', () => {
  void it('takes a rule id in any case, with the online page as fallback', () => {
    assert.deepEqual(parseDocRequest('k8s002'), { ruleId: 'K8S002', url: `${ONLINE_DOCS_BASE_URL}K8S002.md` });
    assert.deepEqual(parseDocRequest(' DF001 '), { ruleId: 'DF001', url: `${ONLINE_DOCS_BASE_URL}DF001.md` });
  });

  void it('uses the same online base URL as the engine', () => {
    assert.equal(ONLINE_DOCS_BASE_URL, DEFAULT_DOCS_BASE_URL);
  });

  void it("takes the server's code-action argument { ruleId, url }", () => {
    assert.deepEqual(parseDocRequest({ ruleId: 'WS001', url: 'https://docs.example.com/rules/WS001.md' }), { ruleId: 'WS001', url: 'https://docs.example.com/rules/WS001.md' });
    assert.deepEqual(parseDocRequest({ url: 'https://docs.example.com/rules/HV001.md#fix' }), { ruleId: 'HV001', url: 'https://docs.example.com/rules/HV001.md#fix' });
  });

  void it('takes a URL, and reads the rule id from a docs URL', () => {
    assert.deepEqual(parseDocRequest('https://example.com/docs/rules/SL002.md'), { ruleId: 'SL002', url: 'https://example.com/docs/rules/SL002.md' });
    assert.deepEqual(parseDocRequest('https://example.com/handbook'), { url: 'https://example.com/handbook' });
    assert.deepEqual(parseDocRequest('K8S002', 'https://example.com/k'), { ruleId: 'K8S002', url: 'https://example.com/k' });
  });

  void it('takes a Uri-like object', () => {
    const uri = { scheme: 'https', toString: () => 'https://example.com/docs/rules/K8S001.md' };
    assert.deepEqual(parseDocRequest(uri), { ruleId: 'K8S001', url: 'https://example.com/docs/rules/K8S001.md' });
  });

  void it('gives nothing for nothing (the command then offers a quick pick)', () => {
    assert.deepEqual(parseDocRequest(undefined), {});
    assert.deepEqual(parseDocRequest('not a rule'), {});
    assert.deepEqual(parseDocRequest(42), {});
    assert.deepEqual(parseDocRequest({ other: 1 }), {});
  });
});
