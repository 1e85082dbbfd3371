import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::statistic-report.statistic-report');
