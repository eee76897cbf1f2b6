// A light stemmer for matching the words of two tellings of one happening: suffixes, irregular past
// forms, and words news writers swap for each other mapped to one stem.

/** Past forms a suffix rule cannot reach. */
const IRREGULAR: Record<string, string> = {
  took: 'take', taken: 'take', began: 'begin', begun: 'begin', told: 'tell', met: 'meet', held: 'hold', led: 'lead',
  won: 'win', fell: 'fall', left: 'leave', made: 'make', saw: 'see', seen: 'see', went: 'go', gone: 'go', gave: 'give',
  given: 'give', struck: 'strike', shot: 'shoot', fought: 'fight', sought: 'seek', brought: 'bring', bought: 'buy',
  sold: 'sell', ran: 'run', sent: 'send', spent: 'spend', paid: 'pay', found: 'find', built: 'build', wrote: 'write',
  written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', broke: 'break', broken: 'break', rose: 'rise',
  died: 'die', dead: 'die', death: 'die', deaths: 'die', killed: 'kill', children: 'child', men: 'man', women: 'woman',
};

/** Words news writers swap for each other when telling the same happening; mapped to one stem. */
const SYNONYMS: Record<string, string> = {};
for (const [canonical, ...alike] of [
  ['talk', 'talks', 'negotiation', 'negotiations', 'negotiate', 'negotiated', 'negotiating', 'discussion', 'discussions', 'discuss', 'discussed', 'dialogue', 'dialog'],
  ['report', 'reported', 'reports', 'said', 'says', 'say', 'told', 'tells', 'disclosed', 'disclose', 'revealed', 'reveal', 'confirmed', 'confirm', 'confirms', 'announced', 'announce', 'stated', 'acknowledged'],
  ['attack', 'attacks', 'attacked', 'strike', 'strikes', 'struck', 'assault', 'raid', 'raids', 'bombing'],
  ['arrest', 'arrested', 'arrests', 'detained', 'detain', 'detention'],
  ['deal', 'deals', 'agreement', 'agreements', 'accord', 'pact'],
  ['kill', 'killed', 'killing', 'dead', 'die', 'died', 'death', 'deaths'],
  ['election', 'elections', 'vote', 'voted', 'voting', 'poll', 'ballot'],
  ['resign', 'resigned', 'resignation', 'quit', 'quits', 'stepped'],
  ['meet', 'met', 'meeting', 'meetings', 'summit', 'gathering', 'gatherings', 'session', 'sessions', 'briefing', 'briefings'],
  ['quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'tremors', 'temblor'],
  ['rally', 'rallies', 'rallied', 'rebound', 'rebounds', 'rebounded', 'rebounding', 'gain', 'gains'],
  ['fall', 'falls', 'fell', 'falling', 'drop', 'drops', 'dropped', 'plunge', 'plunges', 'plunged', 'plunging', 'slump', 'slumped', 'tumble', 'tumbled', 'sell-off', 'sell-offs', 'selloff'],
  ['site', 'website', 'outlet'],
  ['fail', 'fails', 'failed', 'failing', 'failure', 'failures'],
  ['attempt', 'attempts', 'attempted', 'effort', 'efforts'],
]) for (const w of [canonical, ...alike]) SYNONYMS[w] = canonical;

/** A light suffix stemmer: enough that talks/talk and confirmed/confirm meet. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (SYNONYMS[lower]) return SYNONYMS[lower];
  let w = IRREGULAR[lower] ?? lower;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith('ation')) w = w.slice(0, -5) + 'at';
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
