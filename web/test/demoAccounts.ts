/**
 * The demo workspace's accounts, as seeded by the server in demo mode (server/src/auth/seedDemo.ts,
 * listed in the README). Copied rather than imported: web and server never import each other.
 */
export interface Account {
  email: string;
  password: string;
  name: string;
}

export const SCHOOL_LEADER: Account = {
  email: 'school.leader@tandem.demo',
  password: 'tandem-demo-school',
  name: '王晓梅',
};

export const ENTERPRISE_LEADER: Account = {
  email: 'jd.leader@tandem.demo',
  password: 'tandem-demo-enterprise',
  name: '陈建国',
};

export const VIEWER: Account = {
  email: 'viewer@tandem.demo',
  password: 'tandem-demo-viewer',
  name: '刘洋',
};
