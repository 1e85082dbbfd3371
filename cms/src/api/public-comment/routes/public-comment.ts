import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::public-comment.public-comment');
