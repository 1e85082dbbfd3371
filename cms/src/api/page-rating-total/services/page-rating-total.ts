import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::page-rating-total.page-rating-total');
