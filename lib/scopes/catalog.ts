/** A scope id as Zoom writes it: `product:action:resource[:admin]`, lower-case segments. */
export const SCOPE_ID_PATTERN = /^[a-z][a-z0-9_]*(?::[a-z0-9_]+){1,4}$/;
export interface Product {
  key: string;
  name: string;
  /** What to type in the Add Scopes search box for the quick method. */
  quickPrefix: string;
  required: string[];
}

export type AddonKey = 'wfm' | 'qm';
export interface Addon {
  key: AddonKey;
  name: string;
  productName: string;
  scopes: string[];
}

/** The scopes Brightmetrics needs, from its "Install Brightmetrics as a Private App" article. */
// Plain data, checked against its schema by the unit tests (zod stays out of the content scripts).
export const PRODUCTS: readonly Product[] = [
  {
    key: 'contact_center',
    name: 'Contact Center',
    quickPrefix: 'contact_center:read:',
    required: [
      'dataset_agent_performance',
      'dataset_engagement',
      'dataset_flow_performance',
      'dataset_outbound_dialer_performance',
      'dataset_queue_performance',
      'engagement',
      'engagement_log',
      'list_engagements',
      'list_flows',
      'list_queue_agents',
      'list_queues',
      'list_role_users',
      'list_roles',
      'list_skill_users',
      'list_skills',
      'list_users',
      'outbound_campaign',
      'queue',
      'team',
    ].map((resource) => `contact_center:read:${resource}:admin`),
  },
  {
    key: 'phone',
    name: 'Phone',
    quickPrefix: 'phone:read:',
    required: [
      'call_log',
      'call_pickup_group',
      'call_pickup_group_member',
      'list_call_logs',
      'list_call_pickup_groups',
      'list_call_queue_members',
      'list_call_queues',
      'list_monitoring_groups',
      'list_roles',
      'list_shared_line_groups',
      'list_users',
      'monitoring_group',
      'role',
      'role_member',
      'shared_line_group',
    ].map((resource) => `phone:read:${resource}:admin`),
  },
  {
    key: 'user',
    name: 'User',
    quickPrefix: 'user:read:',
    required: ['user:read:list_users:admin', 'user:read:presence_status:admin', 'user:read:user:admin'],
  },
  {
    key: 'group',
    name: 'Group',
    quickPrefix: 'group:read:',
    required: ['group:read:list_groups:admin', 'group:read:list_members:admin'],
  },
  {
    key: 'marketplace',
    name: 'Marketplace',
    quickPrefix: 'marketplace:read:',
    required: ['marketplace:read:app:admin', 'marketplace:read:list_apps:admin'],
  },
];

export const ADDONS: readonly Addon[] = [
  {
    key: 'wfm',
    name: 'Workforce Management',
    productName: 'Workforce Management',
    scopes: ['workforce_management:read:list_adherence_agents:admin', 'workforce_management:read:list_schedule_agents:admin'],
  },
  {
    key: 'qm',
    name: 'Quality Management',
    productName: 'Quality Management',
    scopes: ['zoom_quality_management:read:evaluations:admin', 'zoom_quality_management:read:interactions:admin'],
  },
];

export const BASE_REQUIRED: ReadonlySet<string> = new Set(PRODUCTS.flatMap((p) => p.required));
export const QUICK_PREFIXES: readonly string[] = PRODUCTS.map((p) => p.quickPrefix);

const PRODUCT_NAME_BY_SEGMENT: Readonly<Record<string, string>> = {
  contact_center: 'Contact Center',
  phone: 'Phone',
  number_management: 'Phone',
  user: 'User',
  group: 'Group',
  marketplace: 'Marketplace',
  workforce_management: 'Workforce Management',
  zoom_quality_management: 'Quality Management',
};

/** The Add Scopes product a scope id is listed under ("Other" when we do not know). */
export function productOf(scopeId: string): string {
  const segment = scopeId.slice(0, scopeId.indexOf(':'));
  return PRODUCT_NAME_BY_SEGMENT[segment] ?? 'Other';
}

export function quickPrefixFor(productName: string): string | undefined {
  return PRODUCTS.find((p) => p.name === productName)?.quickPrefix;
}
