import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, htmlToText } from '../../../src/interop/html';

describe('escapeHtml', () => {
  it('escapes the characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>Q&A</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;');
  });

  it('comes back unchanged through htmlToText', () => {
    const text = 'Tom & Jerry <3 "quotes" \'single\' </p> &amp; already';
    expect(htmlToText(escapeHtml(text))).toBe(text);
  });
});

describe('decodeEntities', () => {
  it.each([
    { input: '&amp;&lt;&gt;&quot;&apos;', output: '&<>"\'' },
    { input: '&#8220;x&#x201D;', output: '“x”' },
    { input: '&eacute;t&eacute; &mdash; &hellip;', output: 'été — …' },
    { input: '&unknown; & &amp', output: '&unknown; & &amp' },
    { input: '&#0; &#xD800; &#x110000;', output: '\ufffd \ufffd \ufffd' },
  ])('decodes $input', ({ input, output }) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('htmlToText', () => {
  it.each([
    { name: 'tags', html: '<b>bold</b> and <i class="x">italic</i>', text: 'bold and italic' },
    { name: 'scripts, styles and comments, contents and all', html: 'a<script>alert(1)</script>b<style>p{}</style>c<!-- x -->d', text: 'abcd' },
    { name: 'an unclosed script', html: 'safe<script>alert(1)', text: 'safe' },
    { name: 'attributes holding >', html: '<span title="a>b">text</span>', text: 'text' },
    { name: 'event handlers and images', html: '<img src=x onerror=alert(1)>caption', text: 'caption' },
    { name: 'paragraphs and line breaks', html: '<p>one</p><p>two<br/>three</p>', text: 'one\n\ntwo\nthree' },
    { name: 'runs of spaces', html: '  many \n\t spaces&nbsp;here ', text: 'many spaces here' },
    { name: 'a link, with its address', html: '<a href="https://example.org/a?b=1&amp;c=2">the report</a>', text: 'the report (https://example.org/a?b=1&c=2)' },
    { name: 'a link whose words are its address', html: '<a href="https://example.org">https://example.org</a>', text: 'https://example.org' },
    { name: 'a javascript: link, without its address', html: '<a href="javascript:alert(1)">click</a>', text: 'click' },
    { name: 'a lone less-than sign', html: '3 < 4 and 5 > 2', text: '3 < 4 and 5 > 2' },
    { name: 'escaped markup, as text', html: '&lt;script&gt;', text: '<script>' },
  ])('handles $name', ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });
});
