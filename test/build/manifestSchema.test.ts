import fs from 'fs';
import path from 'path';

const { validateManifestSchema, hasXmllint } = require('../../scripts/lib/manifestSchema');

// manifest.xml against Microsoft's add-in manifest XML schemas (scripts/schemas/, see its README.md), with xmllint;
// and deliberately broken copies, each refused with its reason: a validator is worth having only if it says no.
const SOURCE = fs.readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
/** The source manifest with one edit; fails the test if the text to replace is missing. */
const edit = (from: string | RegExp, to: string): string => {
  const out = SOURCE.replace(from, to);
  if (out === SOURCE) throw new Error(`not in manifest.xml: ${from}`);
  return out;
};

const RUNTIMES = '<Runtimes>\n          <Runtime resid="Shared.Url" lifetime="long"/>\n        </Runtimes>\n';
const BROKEN: [string, string, RegExp][] = [
  [
    'Runtimes after AllFormFactors (it must come first inside Host)',
    edit(RUNTIMES, '').replace('</AllFormFactors>\n', `</AllFormFactors>\n        ${RUNTIMES}`),
    /Element '\{[^}]*\}Runtimes': This element is not expected/,
  ],
  ['a Runtime lifetime other than short or long', edit('lifetime="long"', 'lifetime="forever"'), /attribute 'lifetime': \[facet 'enumeration'\] The value 'forever' is not an element of the set \{'short', 'long'\}/],
  [
    'a 33-character resid (the limit is 32)',
    SOURCE.split('"Shared.Url"').join(`"${'S'.repeat(33)}"`),
    /Runtime', attribute 'resid': \[facet 'maxLength'\] The value 'S{33}' has a length of '33'; this exceeds the allowed maximum length of '32'/,
  ],
  ['a short string over 125 characters', edit('DefaultValue="LSA Audit"', `DefaultValue="${'x'.repeat(126)}"`), /\[facet 'maxLength'\] The value '[x]{126}' has a length of '126'; this exceeds the allowed maximum length of '125'/],
  ['no ProviderName (a required element)', edit(/ {2}<ProviderName>[^<]*<\/ProviderName>\n/, ''), /Element '\{[^}]*\}DefaultLocale': This element is not expected\. Expected is \( \{[^}]*\}ProviderName \)/],
  ['a root element other than OfficeApp', edit(/<OfficeApp\b/, '<OfficeAddin').replace(/<\/OfficeApp>/, '</OfficeAddin>'), /Element '\{[^}]*\}OfficeAddin': No matching global declaration available for the validation root/],
];

const describeIfXmllint = hasXmllint() || process.env.CI ? describe : describe.skip;

describeIfXmllint('manifest.xml against Microsoft\'s XML schemas (xmllint)', () => {
  test('the source manifest validates', () => {
    expect(validateManifestSchema(SOURCE)).toEqual({ ok: true, errors: [] });
  });

  test.each(BROKEN)('refuses %s, saying why', (_what, xml, reason) => {
    const result = validateManifestSchema(xml);
    expect(result.ok).toBe(false);
    expect(result.errors.join('\n')).toMatch(reason);
  });
});
