import helmet from 'helmet';

/**
 * Security headers on every answer, the queue dashboard included. The dashboard loads its scripts and styles from
 * this server only; its styles are partly inline. No upgrade-insecure-requests: the service is often reached over
 * plain HTTP inside a private network, where upgraded asset URLs would break the dashboard.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
