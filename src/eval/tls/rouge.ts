// ROUGE-N counts as ROUGE-1.5.5 computes them with tilse's options (`-m` stemming, `-s` stop words
// removed, `-t 2` raw counts): text lower-cased, every character that is not a letter or digit
// becomes a space, stop words dropped, the rest stemmed, n-grams counted over the summary's
// sentences joined into one text. Stop words and stems come from wink-nlp's English model (its
// stop-word flag and Porter2 stemmer); ROUGE-1.5.5 uses the SMART list and the original Porter
// stemmer, so figures can differ from the Perl script's in the last digit or two.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Loaded on first use: the TimeML scorer shares the command and does not need the model. */
let nlp: ReturnType<typeof winkNLP> | null = null;

/** Tokens for ROUGE, cached: the same sentence is scored against many dates. */
const cache = new Map<string, string[]>();

export function rougeTokens(sentence: string): string[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const normalised = sentence.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const out: string[] = [];
  if (normalised) {
    nlp ??= winkNLP(model, []);
    const its = nlp.its;
    const tokens = nlp.readDoc(normalised).tokens();
    // `its.stem` needs the model's add-ons, which wink's types do not let `out` promise.
    const out_ = tokens.out.bind(tokens) as (f: unknown) => unknown;
    const values = out_(its.value) as string[];
    const stops = out_(its.stopWordFlag) as boolean[];
    const stems = out_(its.stem) as string[];
    for (let i = 0; i < values.length; i++) {
      if (!/[a-z0-9]/.test(values[i]) || stops[i]) continue;
      out.push(stems[i]);
    }
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(sentence, out);
  return out;
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-1.5.5's raw counts for one peer summary against one model summary. */
export interface RougeCounts {
  /** n-grams in common (clipped counts): ROUGE's H_count. */
  hit: number;
  /** n-grams in the peer (system) summary: P_count. */
  peer: number;
  /** n-grams in the model (reference) summary: M_count. */
  model: number;
}

export function rougeCounts(peer: string[], reference: string[], n: number): RougeCounts {
  const p = ngrams(peer.flatMap(rougeTokens), n);
  const m = ngrams(reference.flatMap(rougeTokens), n);
  let hit = 0;
  for (const [gram, c] of p) hit += Math.min(c, m.get(gram) ?? 0);
  let peerTotal = 0;
  for (const c of p.values()) peerTotal += c;
  let modelTotal = 0;
  for (const c of m.values()) modelTotal += c;
  return { hit, peer: peerTotal, model: modelTotal };
}
