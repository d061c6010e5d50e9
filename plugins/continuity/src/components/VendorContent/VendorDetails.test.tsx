import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { vendorDetail } from '../../__testUtils__/testData';
import { VendorDetails } from './VendorDetails';

const render = (detail: ReturnType<typeof vendorDetail>) =>
  renderInTestApp(<VendorDetails detail={detail} />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });

describe('VendorDetails', () => {
  jest.setTimeout(30_000);

  it('shows the contract value and the financial review findings to readers allowed to see them', async () => {
    await render(
      vendorDetail({
        access: 'granted',
        fields: {
          annualValue: { amount: 96000, currency: 'USD' },
          financialReviews: [
            {
              date: '2026-05-12',
              summary: 'Owner banks reviewed; no concerns.',
              evidence: 'https://grc.example/fin',
            },
          ],
        },
      }),
    );
    expect(await screen.findByText('96,000 USD')).toBeInTheDocument();
    const row = within(
      screen
        .getByText('Owner banks reviewed; no concerns.')
        .closest<HTMLElement>('[role="row"]')!,
    );
    expect(row.getByText('evidence').closest('a')).toHaveAttribute(
      'href',
      'https://grc.example/fin',
    );
    expect(screen.queryByText('confidential')).not.toBeInTheDocument();
  });

  it('says "confidential" instead of them to everyone else', async () => {
    await render(vendorDetail({ access: 'withheld' }));
    const contract = within(
      (await screen.findByText('Annual value')).closest('div')!.parentElement!,
    );
    expect(contract.getByText('confidential')).toBeInTheDocument();
    // The financial review's summary and evidence, not the security review's.
    const reviewRows = new Set(
      screen
        .getAllByText('confidential')
        .flatMap(chip => chip.closest<HTMLElement>('[role="row"]') ?? []),
    );
    expect(reviewRows.size).toBe(1);
    const [financialReview] = [...reviewRows];
    expect(
      within(financialReview).getByText('Financial review'),
    ).toBeInTheDocument();
    expect(within(financialReview).getAllByText('confidential')).toHaveLength(
      2,
    );
    expect(
      screen.getByText('Two findings on key rotation.'),
    ).toBeInTheDocument();
  });
});
