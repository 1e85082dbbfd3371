import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::statistic-report.statistic-report');
