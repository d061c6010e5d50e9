import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { onCallApiRef } from '../../api';
import { catalogEntities, mockOnCallApi } from '../../testing/fixtures';
import { ReportProblemPage } from './ReportProblemPage';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

/** The error the client throws for a refused request. */
function refusal(status: number, message: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ error: { name: 'Error', message }, response: { statusCode: status } });
  return ResponseError.fromResponse({
    status,
    statusText: status === 429 ? 'Too Many Requests' : 'Bad Request',
    url: 'http://localhost/api/oncall/incidents',
    headers: new Headers({ 'Content-Type': 'application/json', ...headers }),
    text: async () => body,
  } as unknown as Response);
}

async function renderPage(onCallApi = mockOnCallApi(), initialRoute = '/report-a-problem') {
  await renderInTestApp(<ReportProblemPage />, {
    apis: [[onCallApiRef, onCallApi], catalogApiMock({ entities: catalogEntities })],
    mountedRoutes,
    initialRouteEntries: [initialRoute],
  });
  return onCallApi;
}

async function pickService(name: RegExp) {
  const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'Affected service' });
  await userEvent.type(box, 'pay');
  // The list is replaced when the debounced catalog search answers; a click that lands on the
  // list being replaced selects nothing, so pick again until the field holds the service.
  await waitFor(async () => {
    if (!name.test(box.value)) {
      await userEvent.click(screen.getByRole('option', { name }));
    }
    expect(box.value).toMatch(name);
  });
}

async function describeProblem(summary: string) {
  await userEvent.click(screen.getByRole('textbox', { name: /What is wrong, in a few words/ }));
  await userEvent.paste(summary);
}

/** Clicks "Raise incident" once the permission check that enables it has answered. */
async function submit() {
  const button = screen.getByRole('button', { name: 'Raise incident' });
  await waitFor(() => expect(button).toBeEnabled());
  await userEvent.click(button);
}

/** Reports that customers cannot pay by card, to an on-call backend that refuses the incident. */
async function reportRefusedCardProblem(...answer: Parameters<typeof refusal>) {
  await renderPage(
    mockOnCallApi({
      createIncident: jest.fn().mockRejectedValue(await refusal(...answer)),
    }),
  );
  await pickService(/^payment-gateway/);
  await describeProblem('Customers cannot pay by card');
  await submit();
}

describe('ReportProblemPage', () => {
  jest.setTimeout(30_000);

  it('asks for the service and a summary before sending anything', async () => {
    const onCallApi = await renderPage();
    await submit();
    expect(await screen.findByText('Pick the service that is not working.')).toBeInTheDocument();
    expect(screen.getByText('Say in a few words what is wrong.')).toBeInTheDocument();

    await describeProblem('x'.repeat(201));
    await submit();
    expect(
      await screen.findByText(
        'Keep the summary to 200 characters (it has 201); put the rest in the details.',
      ),
    ).toBeInTheDocument();
    expect(onCallApi.createIncident).not.toHaveBeenCalled();
  });

  it('offers only services on PagerDuty, and shows the new incident number', async () => {
    const onCallApi = await renderPage(
      mockOnCallApi({
        createIncident: jest.fn().mockResolvedValue({
          incidentNumber: 42,
          incidentId: 'PINC42',
          dedupKey: 'portal-abc',
          serviceName: 'Payment Gateway',
        }),
      }),
    );
    await userEvent.click(screen.getByRole('textbox', { name: 'Affected service' }));
    const offered = (await screen.findAllByRole('option')).map(o => o.textContent);
    expect(offered.some(text => text?.startsWith('payment-gateway'))).toBe(true);
    expect(offered.some(text => text?.startsWith('Card authorisation'))).toBe(true);
    expect(offered.some(text => text?.includes('internal-wiki'))).toBe(false);
    expect(offered.some(text => text?.includes('visa-clearing-file'))).toBe(false);

    await pickService(/^payment-gateway/);
    await describeProblem('Customers cannot pay by card');
    await userEvent.click(screen.getByRole('textbox', { name: /Details/ }));
    await userEvent.paste('Since 10:00');
    await submit();

    expect(await screen.findByText('Incident #42 raised on Payment Gateway')).toBeInTheDocument();
    expect(onCallApi.createIncident).toHaveBeenCalledWith({
      entityRef: 'component:default/payment-gateway',
      title: 'Customers cannot pay by card',
      description: 'Since 10:00',
    });
    expect(
      screen.getByRole('link', { name: 'See payment-gateway and who is on call' }),
    ).toHaveAttribute('href', '/catalog/default/component/payment-gateway');

    await userEvent.click(screen.getByRole('button', { name: 'Report another problem' }));
    expect(screen.getByRole('textbox', { name: /What is wrong/ })).toHaveValue('');
  });

  it('shows why a service was refused', async () => {
    await reportRefusedCardProblem(
      400,
      'component:default/payment-gateway has no PagerDuty integration to raise an incident through; name its PagerDuty service in the pagerduty.com/service-id annotation and give that service an Events API v2 integration, or report the problem to its owner',
    );
    expect(
      await screen.findByText(
        'The incident was not raised: component:default/payment-gateway has no PagerDuty integration to raise an incident through; name its PagerDuty service in the pagerduty.com/service-id annotation and give that service an Events API v2 integration, or report the problem to its owner.',
      ),
    ).toBeInTheDocument();
  });

  it('says when the reporter has raised too many incidents, and when they may again', async () => {
    await reportRefusedCardProblem(
      429,
      'You raised 3 incidents in the last 10 minutes; try again in 420 s or call the on-call engineer',
      { 'Retry-After': '420' },
    );
    expect(
      await screen.findByText(
        'Too many reports: You raised 3 incidents in the last 10 minutes; try again in 420 s or call the on-call engineer.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Raise incident (possible again in 7 min)' }),
    ).toBeDisabled();
  });

  it('finds the service behind a customer journey', async () => {
    const onCallApi = await renderPage(
      mockOnCallApi({
        createIncident: jest.fn().mockResolvedValue({ dedupKey: 'portal-xyz', serviceName: 'Card authorisation' }),
      }),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'A customer journey' }));
    await userEvent.click(screen.getByRole('button', { name: /Customer journey/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Card payment' }));

    const likely = await screen.findByRole('radio', { name: 'Card authorisation (most likely)' });
    await waitFor(() => expect(likely).toBeChecked());
    expect(screen.getByRole('radio', { name: 'payment-gateway' })).not.toBeChecked();

    await describeProblem('Card payments declined');
    await submit();
    expect(await screen.findByText('Incident raised on Card authorisation')).toBeInTheDocument();
    expect(screen.getByText(/its reference is portal-xyz/)).toBeInTheDocument();
    expect(onCallApi.createIncident).toHaveBeenCalledWith({
      entityRef: 'component:default/card-authorization-service',
      title: 'Card payments declined',
      description: 'Customer journey: Card payment',
    });
  });

  it('says when no service is known for a journey', async () => {
    await renderPage();
    await userEvent.click(screen.getByRole('radio', { name: 'A customer journey' }));
    await userEvent.click(screen.getByRole('button', { name: /Customer journey/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Intranet' }));
    expect(
      await screen.findByText(/No service with PagerDuty is known for this journey/),
    ).toBeInTheDocument();
  });

  it('starts from the service named in the address', async () => {
    await renderPage(
      mockOnCallApi(),
      '/report-a-problem?entity=component%3Adefault%2Fpayment-gateway',
    );
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Affected service' })).toHaveValue(
        'payment-gateway',
      ),
    );
  });
});
