import {
  currencyCode,
  date,
  entityRef,
  fields,
  listOf,
  text,
  webUrl,
} from '@readiness/plugin-readiness-common';

/**
 * JSON Schema of the confidential vendor file (plain YAML, not entities): each vendor's contract
 * value and what its financial reviews found. The catalog never reads this file.
 *
 * @public
 */
export const confidentialVendorSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Confidential vendor fields',
  ...fields(
    "Confidential fields of the vendors in the register, readable only by leadership, auditors and each vendor's relationship owner.",
    {
      vendors: listOf(
        fields(
          'The confidential fields of one vendor.',
          {
            vendor: entityRef('The vendor: a Vendor ref, like vendor:fedach.'),
            annualValue: fields(
              'Annual contract value.',
              {
                amount: {
                  type: 'number',
                  minimum: 0,
                  description: 'The amount.',
                },
                currency: currencyCode('The currency.'),
              },
              ['amount', 'currency'],
            ),
            financialReviews: listOf(
              fields(
                'What one financial review of the vendor record found.',
                {
                  date: date(
                    'The date of the financial review in the vendor record, YYYY-MM-DD.',
                  ),
                  summary: text('What the review found.'),
                  evidence: webUrl(
                    'Where the evidence is: an http or https link.',
                  ),
                },
                ['date'],
              ),
              'Findings of the financial reviews, by review date.',
            ),
          },
          ['vendor'],
        ),
        'One entry per vendor.',
      ),
    },
    ['vendors'],
  ),
};
