/** The engine's pure SHA-256 agrees with node:crypto (block boundaries, Unicode, long input). */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { sha256Hex } from '../../server/src/engine/report/sha256';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

void describe('sha256Hex', () => {
  void it('matches the FIPS 180-4 test vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  void it('matches node:crypto around the 55/56/64-byte padding boundaries and for long input', () => {
    for (const n of [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 100_000]) {
      const s = 'x'.repeat(n);
      assert.equal(sha256Hex(s), node(s), `length ${n}`);
    }
  });

  void it('hashes the UTF-8 encoding (BMP, astral, lone surrogates as U+FFFD)', () => {
    for (const s of ['é', '€uro', 'Δ\u0000nul', '😀 emoji', 'a\uD800b', '\uDC00', 'ключ: значение']) assert.equal(sha256Hex(s), node(s), JSON.stringify(s));
  });
});
