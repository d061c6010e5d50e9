import { screen, waitFor } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { continuityApiRef } from '../../api/ContinuityApi';
import { printRouteRef } from '../../routes';
import { vendorRow } from '../../__testUtils__/testData';
import {
  allowDownloads,
  browseServerList,
  pagedList,
} from '../../__testUtils__/serverList';
import { VendorRegisterPage } from './VendorRegisterPage';

/** The innermost element whose whole text, the spans of its days included, matches. */
const withText = (text: RegExp) => (_: string, element: Element | null) =>
  text.test(element?.textContent ?? '') &&
  ![...(element?.children ?? [])].some(child =>
    text.test(child.textContent ?? ''),
  );

const mountedRoutes = {
  '/continuity/print': printRouteRef,
  '/catalog/:namespace/:kind/:name': entityRouteRef,
};

describe('VendorRegisterPage', () => {
  jest.setTimeout(30_000);

  it('lists vendors from the server with overdue reviews standing out', async () => {
    const listVendors = jest.fn(async () => ({
      items: [vendorRow],
      total: 1,
      offset: 0,
      limit: 20,
    }));
    await renderInTestApp(<VendorRegisterPage />, {
      apis: [[continuityApiRef, { listVendors } as any]],
      mountedRoutes,
    });
    expect(
      await screen.findByText('Overdue · 2026-09-20', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    // Each review's name and last result stand over its chip.
    expect(
      screen.getByText(
        withText(/^\w[\w ]* · last 2025-09-20 pass-with-findings$/),
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Not due · 2027-05-12')).toBeInTheDocument();
    expect(screen.getByText(/^\w[\w ]* · none on record$/)).toBeInTheDocument();
    expect(
      screen.getByText(withText(/^exit plan tested 2026-04-22$/)),
    ).toHaveAttribute('title', vendorRow.exitPlan);
    // The vendor is named by the row's title, without asking the catalog.
    expect(
      screen.getByRole('link', { name: 'The Clearing House EPN' }),
    ).toHaveAttribute('href', '/catalog/default/vendor/tch-epn/vendor');
    expect(
      screen.getByText('Overdue · 2026-09-20').closest('[title]'),
    ).toHaveAttribute('title', 'Overdue: due 2026-09-20');
    expect(
      screen.getByLabelText('Printable view of vendor:default/tch-epn'),
    ).toHaveAttribute('href', '/continuity/print/vendor/default/tch-epn');
    await waitFor(() =>
      expect(listVendors).toHaveBeenCalledWith(
        expect.objectContaining({ filters: {}, offset: 0, limit: 20 }),
      ),
    );
  });

  it('pages, sorts and searches the register on the server, and exports what it shows', async () => {
    const listVendors = pagedList(45, index => ({
      ...vendorRow,
      ref: `vendor:default/vendor-${index}`,
      title: `Vendor ${index}`,
    }));
    const exportCsv = jest.fn(async () => 'Vendor\r\n');
    allowDownloads();
    await renderInTestApp(<VendorRegisterPage />, {
      apis: [[continuityApiRef, { listVendors, exportCsv } as any]],
      mountedRoutes,
    });
    const shown = await browseServerList({
      region: 'Vendor register',
      fetchPage: listVendors,
      firstRequest: { filters: {}, offset: 0, limit: 20 },
      sort: { header: /^Criticality/, name: 'criticality' },
      unsortableHeader: /^Supports/,
      search: { label: 'Search vendors', text: 'clearing' },
    });
    await waitFor(() =>
      expect(exportCsv).toHaveBeenCalledWith('vendors', shown),
    );
  });
});
