import { APIRequestContext } from '@playwright/test';
import {
  authHeaders,
  DemoPerson,
  expect,
  Portal,
  test,
  waitForEntities,
} from './portal';
import { daysAfterToday } from './today';

const squad = 'group:default/ach-operations-squad';
const scorecardTab = '/catalog/default/group/ach-operations-squad/scorecard';

/** What each demo role may do, as the portal's permission policy decides. */
const roles: Array<{
  person: DemoPerson;
  attest: boolean;
  approve: boolean;
  evaluate: boolean;
  raiseIncident: boolean;
  runTemplate: boolean;
}> = [
  {
    person: 'ada.engineer',
    attest: true,
    approve: false,
    evaluate: true,
    raiseIncident: true,
    runTemplate: true,
  },
  {
    person: 'sam.lead',
    attest: true,
    approve: false,
    evaluate: true,
    raiseIncident: true,
    runTemplate: true,
  },
  {
    person: 'lee.leader',
    attest: false,
    approve: true,
    evaluate: true,
    raiseIncident: true,
    runTemplate: true,
  },
  {
    person: 'alex.auditor',
    attest: false,
    approve: false,
    evaluate: false,
    raiseIncident: false,
    runTemplate: false,
  },
];

/** POSTs as the person and returns the status with the refusal's message, if any. */
async function post(
  request: APIRequestContext,
  person: DemoPerson,
  path: string,
  data: object,
) {
  const response = await request.post(path, {
    headers: await authHeaders(request, person),
    data,
  });
  const body = await response.json().catch(() => ({}));
  return { status: response.status(), message: body.error?.message };
}


test.describe('what each role can and cannot do', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(300_000);
    await waitForEntities(request, [
      'group:ach-operations-squad',
      'capabilitymodel:engineering-capability-model',
      'template:add-job-alert',
    ]);
    const evaluated = await post(
      request,
      'ada.engineer',
      '/api/scorecards/evaluate',
      {},
    );
    expect(evaluated.status).toBe(200);
  });

  for (const role of roles) {
    test(`${role.person}: the squad scorecard, the panic button and the templates`, async ({
      page,
    }) => {
      const portal = new Portal(page);
      await portal.signIn(role.person);

      // The scorecard offers only what the policy allows.
      await portal.visit(
        scorecardTab,
        `roles-${role.person}-scorecard`,
        /^What blocks level|^Next level$/,
      );
      const attest = page.getByRole('button', { name: 'Attest', exact: true });
      const waive = page.getByRole('button', { name: 'Waive', exact: true });
      const evaluate = page.getByRole('button', { name: 'Evaluate now' });
      await expect(page.getByText(/^Attestations due \(\d+\)$/)).toBeVisible();
      expect({
        attest: (await attest.count()) > 0,
        waive: (await waive.count()) > 0,
        evaluate: (await evaluate.count()) > 0,
      }).toEqual({
        attest: role.attest,
        waive: role.approve,
        evaluate: role.evaluate,
      });
      if (!role.attest) {
        await expect(
          page.getByText(/^Only members of ACH Operations Squad can attest/),
        ).toBeVisible();
      }

      // The panic button.
      await portal.visit(
        '/report-a-problem',
        `roles-${role.person}-report-a-problem`,
        'What is affected?',
      );
      const raise = page.getByRole('button', { name: 'Raise incident' });
      const refusal = page.getByText(
        /Your role may not raise incidents from the portal/,
      );
      if (role.raiseIncident) {
        await expect(raise).toBeEnabled();
        await expect(refusal).toHaveCount(0);
      } else {
        await expect(raise).toBeDisabled();
        await expect(refusal).toBeVisible();
      }

      // The templates: "Choose" starts a template, offered only to who may create tasks.
      await portal.visit(
        '/create',
        `roles-${role.person}-templates`,
        'Add a job alert',
      );
      const choose = page.getByRole('button', { name: 'Choose' });
      if (role.runTemplate) {
        await expect(choose.first()).toBeVisible();
      } else {
        await expect(choose).toHaveCount(0);
      }

      expect(portal.problems, 'console errors and failed API calls').toEqual(
        [],
      );
    });
  }

  test('the backends refuse what the policy denies, with 403 naming the permission', async ({
    request,
  }) => {
    const attestation = {
      squad,
      checkId: 'continuous-integration',
      evidenceUrl: 'https://ci.meridianpay.example/ach',
      comment: 'Every pull request and main are built and tested',
    };
    const waiver = {
      squad,
      checkId: 'recent-game-day',
      reason: 'Game day moved after the FedACH cut-over',
      expiresOn: daysAfterToday(30),
    };
    const incident = {
      entityRef: 'component:default/payment-gateway',
      title: 'Card payments failing',
    };
    const task = {
      templateRef: 'template:default/add-job-alert',
      values: {},
    };
    const refused = (permission: string, what: string) => ({
      status: 403,
      message: `You may not ${what} (permission ${permission})`,
    });

    expect({
      attest: await post(
        request,
        'alex.auditor',
        '/api/scorecards/attestations',
        attestation,
      ),
      evaluate: await post(
        request,
        'alex.auditor',
        '/api/scorecards/evaluate',
        { squad },
      ),
      approve: await post(
        request,
        'alex.auditor',
        '/api/scorecards/decisions',
        {
          squad,
          checkId: 'tech-debt-time',
          decision: 'approve',
          reason: 'Seen the board',
        },
      ),
      waive: await post(
        request,
        'alex.auditor',
        '/api/scorecards/waivers',
        waiver,
      ),
      incident: await post(
        request,
        'alex.auditor',
        '/api/oncall/incidents',
        incident,
      ),
    }).toEqual({
      attest: refused(
        'readiness.scorecard.attest',
        'attest checks for ach-operations-squad',
      ),
      evaluate: refused(
        'readiness.scorecard.evaluate',
        'run a scorecard evaluation',
      ),
      approve: refused(
        'readiness.scorecard.attestation.approve',
        'approve or reject attestations',
      ),
      waive: refused('readiness.scorecard.approve', 'grant waivers'),
      incident: refused('readiness.incident.trigger', 'raise incidents'),
    });

    // Engineers and squad leads neither approve nor waive.
    for (const person of ['ada.engineer', 'sam.lead'] as const) {
      expect(
        await post(request, person, '/api/scorecards/waivers', waiver),
      ).toEqual(refused('readiness.scorecard.approve', 'grant waivers'));
    }

    // The scaffolder and the catalog refuse the auditor's changes too.
    const auditorTask = await post(
      request,
      'alex.auditor',
      '/api/scaffolder/v2/tasks',
      task,
    );
    expect(auditorTask.status).toBe(403);
    const location = await post(
      request,
      'alex.auditor',
      '/api/catalog/locations',
      {
        type: 'url',
        target:
          'https://github.com/meridianpay/records/blob/main/catalog-info.yaml',
      },
    );
    expect(location.status).toBe(403);
  });
});
