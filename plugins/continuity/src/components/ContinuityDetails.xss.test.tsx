import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { findActiveContent, XSS_CORPUS } from '@readiness/plugin-readiness-common/testUtils';
import { continuityApiRef } from '../api/ContinuityApi';
import { PlanDetails } from './PlanContent/PlanDetails';
import { planDetail, recoveryEvidence, vendorDetail } from '../__testUtils__/testData';
import { VendorDetails } from './VendorContent/VendorDetails';

const hostile = XSS_CORPUS.join('\n\n');
const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('continuity views with hostile record text', () => {
  jest.setTimeout(60_000);

  beforeEach(() => {
    (window as any).xssFired = undefined;
  });

  it('renders every payload of the XSS corpus inert on a vendor page', async () => {
    const detail = vendorDetail({
      access: 'granted',
      fields: {
        annualValue: { amount: 1, currency: 'USD' },
        financialReviews: [{ date: '2026-05-12', summary: hostile, evidence: XSS_CORPUS[8] }],
      },
    });
    const { spec } = detail.vendor;
    await renderInTestApp(
      <VendorDetails
        detail={{
          ...detail,
          vendor: {
            ...detail.vendor,
            metadata: { ...detail.vendor.metadata, title: XSS_CORPUS[0], description: hostile },
            spec: {
              ...spec,
              legalName: `Vendor marker. ${XSS_CORPUS[1]}`,
              services: [...XSS_CORPUS],
              alternatives: XSS_CORPUS.map(name => ({ name, notes: hostile })),
              exitPlan: { summary: hostile },
              impactOfLoss: { summary: hostile },
              reviews: [
                ...(spec.reviews ?? []),
                ...XSS_CORPUS.map(evidence => ({
                  type: 'security' as const,
                  date: '2024-01-10',
                  result: 'pass' as const,
                  nextDue: '2025-01-10',
                  reviewer: 'user:alex.auditor',
                  evidence,
                  summary: hostile,
                })),
              ],
            },
          },
        }}
      />,
      { mountedRoutes },
    );
    expect(await screen.findByText(/Vendor marker\./)).toBeInTheDocument();
    expect(findActiveContent(document.body)).toEqual([]);
    // Not even an inert image: from elsewhere it is a tracking pixel, broken it is an icon.
    expect(document.body.querySelectorAll('img')).toHaveLength(0);
    expect((window as any).xssFired).toBeUndefined();
  });

  it('renders every payload of the XSS corpus inert on a continuity plan page', async () => {
    const { spec } = planDetail.plan;
    await renderInTestApp(
      <PlanDetails
        detail={{
          ...planDetail,
          plan: {
            ...planDetail.plan,
            metadata: { ...planDetail.plan.metadata, title: XSS_CORPUS[0], description: hostile },
            spec: {
              ...spec,
              function: `Plan marker. ${XSS_CORPUS[1]}`,
              bia: {
                ...spec.bia!,
                impacts: spec.bia!.impacts!.map(impact => ({ ...impact, description: hostile })),
              },
              scenarios: XSS_CORPUS.map(name => ({
                name,
                type: 'first-party' as const,
                response: hostile,
                alternative: name,
              })),
              emergencyTeam: [{ role: hostile, member: 'user:isabel.fernandez' }],
              communications: XSS_CORPUS.map(message => ({
                audience: 'staff' as const,
                channel: message,
                within: 'PT15M',
                message,
              })),
            },
          },
        }}
      />,
      {
        mountedRoutes,
        apis: [
          [
            continuityApiRef,
            {
              onCallNow: async () => [],
              // Incident titles come from PagerDuty, outside the records' review.
              getRecovery: async () => ({
                ...recoveryEvidence,
                incidents: recoveryEvidence.incidents.map((incident, i) => ({
                  ...incident,
                  title: `Recovery marker. ${XSS_CORPUS[i % XSS_CORPUS.length]}`,
                  url:
                    i === 1
                      ? XSS_CORPUS.find(payload => /^javascript:/.test(payload))
                      : incident.url,
                })),
              }),
            } as any,
          ],
        ],
      },
    );
    expect((await screen.findAllByText(/Plan marker\./)).length).toBeGreaterThan(0);
    expect((await screen.findAllByText(/Recovery marker\./)).length).toBeGreaterThan(0);
    expect(findActiveContent(document.body)).toEqual([]);
    // Not even an inert image: from elsewhere it is a tracking pixel, broken it is an icon.
    expect(document.body.querySelectorAll('img')).toHaveLength(0);
    expect((window as any).xssFired).toBeUndefined();
  });
});
