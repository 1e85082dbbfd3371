import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::statistic-report.statistic-report');
