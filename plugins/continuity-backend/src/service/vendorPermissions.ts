import { resolve } from 'node:path';
import {
  BackstageCredentials,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createPermissionResourceRef,
  createPermissionRule,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  ConfidentialVendorView,
  VENDOR_RESOURCE_TYPE,
  vendorConfidentialReadPermission,
} from '@readiness/plugin-continuity-common';
import {
  isVendorEntity,
  normalizeEntityRef,
  VendorEntity,
} from '@readiness/plugin-readiness-common';
import { z } from 'zod';
import { RecordsIndexService, refKey } from '@readiness/plugin-readiness-node';
import { ConfidentialVendorFile } from './ConfidentialVendorFile';

const DECISION_MAX_AGE_MS = 10_000;
const MAX_CACHED_DECISIONS = 1000;

/** Vendors filtered by their relationship owner, the one property the rules look at. */
export type VendorQuery = { relationshipOwnerIn: string[] };

/** Vendors as the permission framework knows them: resource type `readiness-vendor`. */
export const vendorPermissionResourceRef = createPermissionResourceRef<
  VendorEntity,
  VendorQuery
>().with({ pluginId: 'continuity', resourceType: VENDOR_RESOURCE_TYPE });

/** Whether the user owns the relationship with the vendor (its `spec.relationshipOwner`). */
export const isRelationshipOwner = createPermissionRule({
  name: 'isRelationshipOwner',
  description: "Allow the vendor's relationship owner",
  resourceRef: vendorPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        "The user's ownership entity refs; one must be the vendor's relationship owner",
      ),
  }),
  apply: (vendor, { claims }) => {
    const owner = normalizeEntityRef(vendor.spec.relationshipOwner, 'user');
    return claims.some(claim => refKey(claim) === owner);
  },
  toQuery: ({ claims }) => ({ relationshipOwnerIn: claims }),
});

/**
 * Those of a list of vendors whose confidential fields a reader may read: their lower-case refs,
 * and those refs as one text, to key what is built for that reader.
 */
export interface ReadableVendors {
  refs: ReadonlySet<string>;
  key: string;
}

/** What the reader of one request may see of each vendor's confidential fields. */
export type ConfidentialVendorReader = (
  vendor: VendorEntity,
) => ConfidentialVendorView;

/**
 * Serves vendors' confidential fields only to readers the permission policy allows
 * (`readiness.vendor.confidential.read`, conditional per vendor): one policy decision per reader,
 * applied to every vendor a request touches.
 */
export class ConfidentialVendorAccess {
  private readonly authorize: (
    decision: PolicyDecision,
    vendor: VendorEntity,
  ) => boolean;
  private readonly decisions = new Map<
    string,
    { decidedAt: number; decision: Promise<PolicyDecision> }
  >();
  private readonly readable = new WeakMap<
    PolicyDecision,
    WeakMap<readonly VendorEntity[], ReadableVendors>
  >();

  constructor(
    private readonly options: {
      permissions: PermissionsService;
      ruleset: PermissionRuleset<VendorEntity>;
      file: ConfidentialVendorFile;
      clock?: () => number;
    },
  ) {
    this.authorize = createConditionAuthorizer(options.ruleset);
  }

  /** The confidential fields as recorded, for exports that withhold them per row afterwards. */
  fields() {
    return this.options.file.fields();
  }

  /** Tells, vendor by vendor, whether the reader may read the confidential fields. */
  async mayRead(
    credentials: BackstageCredentials,
  ): Promise<(vendor: VendorEntity) => boolean> {
    return this.predicateOf(await this.decisionFor(credentials));
  }

  private predicateOf(
    decision: PolicyDecision,
  ): (vendor: VendorEntity) => boolean {
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      const allowed = decision.result === AuthorizeResult.ALLOW;
      return () => allowed;
    }
    return vendor => this.authorize(decision, vendor);
  }

  /**
   * Those of `vendors` (an array kept while its records are current) whose confidential fields
   * the reader may read, worked out once per policy decision and array: a register request then
   * costs a lookup rather than a pass of the policy's conditions over every vendor, which grew
   * with the register (1,000 vendors at profile XL).
   */
  async readableAmong(
    credentials: BackstageCredentials,
    vendors: readonly VendorEntity[],
  ): Promise<ReadableVendors> {
    const decision = await this.decisionFor(credentials);
    let byVendors = this.readable.get(decision);
    if (!byVendors) {
      byVendors = new WeakMap();
      this.readable.set(decision, byVendors);
    }
    let readable = byVendors.get(vendors);
    if (!readable) {
      const refs = new Set(
        vendors.filter(this.predicateOf(decision)).map(vendor => refKey(vendor)),
      );
      readable = { refs, key: [...refs].join(' ') };
      byVendors.set(vendors, readable);
    }
    return readable;
  }

  /**
   * The policy's decision for the request's principal, asked at most once per
   * `DECISION_MAX_AGE_MS`: each decision costs a round trip to the permission backend and another
   * for the user's ownership refs, more than the rest of a register request. A change of role or
   * ownership applies within that time.
   */
  private async decisionFor(
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> {
    const { permissions, clock = Date.now } = this.options;
    // The user (with any service acting for them) or the service, as the token says.
    const principal = JSON.stringify(credentials.principal);
    const now = clock();
    const cached = this.decisions.get(principal);
    if (cached && now - cached.decidedAt < DECISION_MAX_AGE_MS) {
      return cached.decision;
    }
    const decision = permissions
      .authorizeConditional(
        [{ permission: vendorConfidentialReadPermission }],
        { credentials },
      )
      .then(([answer]) => answer);
    this.decisions.delete(principal);
    if (this.decisions.size >= MAX_CACHED_DECISIONS) {
      this.decisions.delete(this.decisions.keys().next().value!);
    }
    this.decisions.set(principal, { decidedAt: now, decision });
    // A failed decision is not kept: the next request asks again.
    decision.catch(() => {
      if (this.decisions.get(principal)?.decision === decision)
        this.decisions.delete(principal);
    });
    return decision;
  }

  /** What the reader sees of each vendor's confidential fields. */
  async readerFor(
    credentials: BackstageCredentials,
  ): Promise<ConfidentialVendorReader> {
    const [mayRead, fields] = await Promise.all([
      this.mayRead(credentials),
      this.fields(),
    ]);
    return vendor =>
      mayRead(vendor)
        ? {
            access: 'granted',
            fields: fields.get(refKey(vendor)) ?? { financialReviews: [] },
          }
        : { access: 'withheld' };
  }
}

/**
 * Registers the `readiness-vendor` resource type and its rules with the permission framework
 * (so policies can return conditions on it, and the permission backend can evaluate them on
 * vendors by ref), and gives the access the routes check. The confidential vendor file is
 * `readiness.confidentialVendorFile`, relative to the working directory.
 */
export function createConfidentialVendorAccess(options: {
  config: RootConfigService;
  logger: LoggerService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  index: RecordsIndexService;
}): ConfidentialVendorAccess {
  const { config, logger, permissions, permissionsRegistry, index } = options;
  permissionsRegistry.addResourceType({
    resourceRef: vendorPermissionResourceRef,
    permissions: [vendorConfidentialReadPermission],
    rules: [isRelationshipOwner],
    getResources: async refs => {
      const { byRef } = await index.snapshot();
      return refs.map(ref => {
        const entity = byRef.get(refKey(ref));
        return entity && isVendorEntity(entity) ? entity : undefined;
      });
    },
  });
  const path = config.getOptionalString('readiness.confidentialVendorFile');
  return new ConfidentialVendorAccess({
    permissions,
    ruleset: permissionsRegistry.getPermissionRuleset(
      vendorPermissionResourceRef,
    ),
    file: new ConfidentialVendorFile({ path: path && resolve(path), logger }),
  });
}
