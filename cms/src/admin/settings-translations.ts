/**
 * Vietnamese for the settings an agency's IT admin works in (merged with the rest in translations.ts): the settings
 * menu, API, admin and transfer tokens, roles, webhooks, the overview, the profile's guided-tour block, the media
 * library's and the e-mail plugin's settings. Where Strapi's own Vietnamese says "token" in English, the keys
 * are repeated here to read "khoá" (a person at an agency says "khoá API", not "token API"), as are the few where
 * Strapi's Vietnamese is English or wrong.
 */

/** The admin's own settings screens (message ids without a prefix). */
export const SETTINGS: Record<string, string> = {
  // The settings menu.
  'global.plugins.i18n': 'Đa ngôn ngữ',
  'app.components.Official': 'Chính thức',
  'Settings.application.plan-title': 'gói đang dùng',
  'Settings.application.header': 'Ứng dụng',
  'Settings.application.customization.carousel.menu-logo.title': 'Logo trên thanh menu',

  // API tokens.
  'Settings.apiTokens.title': 'Khoá API',
  'Settings.apiTokens.description': 'Các khoá để chương trình khác dùng API của cổng',
  'Settings.apiTokens.create': 'Tạo khoá API mới',
  'Settings.apiTokens.addFirstToken': 'Tạo khoá API đầu tiên',
  'Settings.apiTokens.addNewToken': 'Tạo khoá API mới',
  'Settings.apiTokens.createPage.title': 'Tạo khoá API',
  'Settings.apiTokens.emptyStateLayout': 'Chưa có khoá nào',
  'Settings.apiTokens.ListView.headers.type': 'Loại khoá',
  'Settings.apiTokens.copy.lastWarning': 'Hãy chép khoá này',
  'notification.success.apitokencreated': 'Đã tạo khoá API',
  'notification.success.apitokenedited': 'Đã lưu khoá API',
  // What every kind of token shares (form, durations, the copy box, regenerating).
  'Settings.tokens.form.type': 'Loại khoá',
  'Settings.tokens.form.duration': 'Thời hạn',
  'Settings.tokens.form.owner': 'Người sở hữu',
  'Settings.tokens.types.full-access': 'Toàn quyền',
  'Settings.tokens.duration.expiration-date': 'Ngày hết hạn',
  'Settings.tokens.duration.unlimited': 'Không giới hạn',
  'Settings.tokens.copy.title': 'Khoá',
  'Settings.tokens.copy.copy': 'Chép',
  'Settings.tokens.copy.subtitle': 'Chép khoá này để dùng ở chương trình khác',
  'Settings.tokens.copy.editMessage': 'Vì an toàn, khoá chỉ hiện một lần, lúc vừa tạo.',
  'Settings.tokens.copy.editTitle': 'Khoá này không xem lại được nữa.',
  'Settings.tokens.copy.lastWarning': 'Hãy chép khoá này ngay: sẽ không xem lại được!',
  'Settings.tokens.notification.copied': 'Đã chép khoá.',
  'Settings.tokens.viewToken': 'Xem khoá',
  'Settings.tokens.encryptionKeyMissing': 'Cần đặt khoá mã hoá trong cấu hình quản trị để xem được khoá',
  'Settings.tokens.RegenerateDialog.title': 'Tạo lại khoá',
  'Settings.tokens.popUpWarning.message': 'Bạn có chắc muốn tạo lại khoá này? Khoá cũ sẽ thôi dùng được.',
  // Admin tokens.
  'Settings.adminTokens.title': 'Khoá quản trị',
  'Settings.adminTokens.description': 'Các khoá để chương trình khác dùng chức năng quản trị',
  'Settings.adminTokens.create': 'Tạo khoá quản trị mới',
  'Settings.adminTokens.addFirstToken': 'Tạo khoá quản trị đầu tiên',
  'Settings.adminTokens.createPage.title': 'Tạo khoá quản trị',
  'Settings.adminTokens.editPage.title': 'Sửa khoá quản trị',
  'Settings.adminTokens.emptyStateLayout': 'Chưa có khoá nào',
  'Settings.adminTokens.ListView.headers.name': 'Tên',
  'Settings.adminTokens.ListView.headers.description': 'Mô tả',
  'Settings.adminTokens.ListView.headers.createdAt': 'Ngày tạo',
  'Settings.adminTokens.ListView.headers.lastUsedAt': 'Dùng lần cuối',
  'Settings.adminTokens.ListView.headers.owner': 'Người sở hữu',
  'notification.success.adminTokenCreated': 'Đã tạo khoá quản trị',
  'notification.success.adminTokenEdited': 'Đã lưu khoá quản trị',
  // Transfer tokens.
  'Settings.transferTokens.title': 'Khoá chuyển dữ liệu',
  'Settings.transferTokens.description': 'Các khoá để chuyển dữ liệu giữa các bản cài đặt',
  'Settings.transferTokens.create': 'Tạo khoá chuyển dữ liệu mới',
  'Settings.transferTokens.addFirstToken': 'Tạo khoá chuyển dữ liệu đầu tiên',
  'Settings.transferTokens.addNewToken': 'Tạo khoá chuyển dữ liệu mới',
  'Settings.transferTokens.createPage.title': 'Tạo khoá chuyển dữ liệu',
  'Settings.transferTokens.emptyStateLayout': 'Chưa có khoá nào',
  'Settings.transferTokens.ListView.headers.type': 'Loại khoá',
  'Settings.transferTokens.types.push': 'Đẩy đi',
  'Settings.transferTokens.types.pull': 'Kéo về',
  'Settings.transferTokens.types.push-pull': 'Toàn quyền',
  'notification.success.transfertokencreated': 'Đã tạo khoá chuyển dữ liệu',
  'notification.success.transfertokenedited': 'Đã lưu khoá chuyển dữ liệu',

  // Users (Strapi's Vietnamese reads "Đã xoá" — deleted — on the button that deletes a user).
  'global.delete-target': 'Xoá {target}',

  // Roles.
  'Settings.permissions.conditions.inherited-readonly': 'Các điều kiện này thừa hưởng từ quyền của bạn, chỉ xem được.',
  'Settings.permissions.conditions.none-applied': 'Chưa áp điều kiện nào.',
  'Settings.roles.form.permissions.locales.validation':
    '{count, plural, other {Thao tác {actions} phải áp dụng cho ít nhất một ngôn ngữ.}}',
  'app.components.Button.close': 'Đóng',
  singleTypes: 'Nội dung đơn',

  // Webhooks.
  'Settings.roles.form.input.url': 'Địa chỉ URL',
  'Settings.webhooks.form.headers': 'Tiêu đề HTTP (header)',
  'Settings.webhooks.create.header': 'Thêm tiêu đề HTTP',

  // The profile: Strapi's guided tour, and the tour itself as the API tokens page shows it to a super admin.
  'tours.profile.title': 'Hướng dẫn từng bước',
  'tours.profile.description': 'Có thể xem lại hướng dẫn từng bước bất cứ lúc nào.',
  'tours.profile.reset': 'Xem lại hướng dẫn',
  'tours.profile.notification.success.reset': 'Đã đặt lại hướng dẫn',
  'tours.stepCount': 'Bước {currentStep}/{tourLength}',
  'tours.skip': 'Bỏ qua',
  'tours.next': 'Tiếp',
  'tours.gotIt': 'Đã hiểu',
  'tours.apiTokens.Introduction.title': 'Khoá API',
  'tours.apiTokens.Introduction.content': 'Cho chương trình khác dùng API, với quyền đặt riêng cho từng khoá.',
  'tours.apiTokens.ManageAPIToken.title': 'Quản lý một khoá API',
  'tours.apiTokens.ManageAPIToken.content': 'Bấm biểu tượng bút chì để xem và sửa một khoá API.',
  'tours.apiTokens.ViewAPIToken.title': 'Xem khoá API',
  'tours.apiTokens.ViewAPIToken.content': 'Bấm "Xem khoá" để xem khoá API.',
  'tours.apiTokens.CopyAPIToken.title': 'Chép khoá API',
  'tours.apiTokens.CopyAPIToken.content': 'Bấm "Chép" để lưu khoá API: chương trình gọi API cần nó. {spacer} Xem thêm về <a>khoá API</a>.',
  'tours.apiTokens.FinalStep.title': 'Xong',
  'tours.apiTokens.FinalStep.content': 'Bạn đã biết đủ để cấp khoá API cho các chương trình cần dùng nội dung của cổng.',
};

/** The media library's settings page (plugin::upload, which has no Vietnamese of its own). */
export const UPLOAD_SETTINGS: Record<string, string> = {
  'page.title': 'Cài đặt - Thư viện tệp',
  'settings.header.label': 'Thư viện tệp',
  'settings.sub-header.label': 'Cài đặt cho thư viện tệp',
  'settings.blockTitle': 'Xử lý tệp',
  'settings.form.responsiveDimensions.label': 'Tạo các cỡ ảnh cho mọi màn hình',
  'settings.form.responsiveDimensions.description': 'Khi bật, mỗi ảnh tải lên có thêm các cỡ nhỏ, vừa và lớn.',
  'settings.form.sizeOptimization.label': 'Giảm dung lượng ảnh',
  'settings.form.sizeOptimization.description': 'Khi bật, ảnh tải lên được nén nhỏ hơn, chất lượng giảm chút ít.',
  'settings.form.autoOrientation.label': 'Tự xoay ảnh',
  'settings.form.autoOrientation.description': 'Khi bật, ảnh được xoay đúng chiều theo thông tin EXIF của ảnh.',
  'settings.form.aiMetadata.label': 'Tự tạo chú thích và mô tả ảnh bằng AI khi tải lên',
  'settings.form.aiMetadata.description': 'Khi bật, AI viết chú thích và mô tả ảnh (cho trình đọc màn hình) cho ảnh tải lên.',
  'settings.form.aiMetadata.generateButton': 'Tạo chú thích',
  'settings.form.aiMetadata.generatingMetadata': 'AI đang tạo chú thích',
  'settings.form.aiMetadata.metadataGenerated': 'Đã tạo chú thích',
  'settings.form.aiMetadata.confirmDialog.title': 'Tạo chú thích bằng AI',
  'settings.form.aiMetadata.confirmDialog.message':
    'Chú thích và mô tả sẽ được tạo cho {count} ảnh. AI có thể sai, hãy đọc lại nội dung được tạo.',
  'settings.form.aiMetadata.allAssetsHaveMetadata': 'Mọi ảnh đã có chú thích và mô tả',
  'settings.form.aiMetadata.imagesWithoutMetadata': '{count} ảnh chưa có chú thích hoặc mô tả',
};

/** The e-mail plugin's settings page (its Vietnamese catalogue is empty). */
export const EMAIL_SETTINGS: Record<string, string> = {
  'SettingsNav.section-label': 'Thư điện tử',
  'SettingsNav.link.settings': 'Cài đặt',
  'Settings.email.plugin.title': 'Cấu hình',
  'Settings.email.plugin.subTitle': 'Kiểm tra cấu hình gửi thư',
  'Settings.email.plugin.title.config': 'Cấu hình',
  'Settings.email.plugin.text.configuration': 'Cấu hình gửi thư đặt trong tệp {file}; xem {link}.',
  link: 'tài liệu',
  'Settings.email.plugin.label.senderName': 'Tên người gửi mặc định',
  'Settings.email.plugin.label.defaultFrom': 'Địa chỉ gửi mặc định',
  'Settings.email.plugin.label.replyToName': 'Tên người nhận trả lời mặc định',
  'Settings.email.plugin.label.defaultReplyTo': 'Địa chỉ nhận trả lời mặc định',
  'Settings.email.plugin.label.provider': 'Dịch vụ gửi thư',
  'Settings.email.plugin.label.verifyConnection': 'Kết nối',
  'Settings.email.plugin.button.verify': 'Kiểm tra kết nối',
  'Settings.email.plugin.status.connected': 'Đã kết nối',
  'Settings.email.plugin.status.error': 'Lỗi',
  'Settings.email.plugin.title.test': 'Gửi thư thử',
  'Settings.email.plugin.label.testAddress': 'Địa chỉ nhận thư thử',
  'Settings.email.plugin.placeholder.testAddress': 'vd: quantri@coquan.gov.vn',
  'Settings.email.plugin.placeholder.defaultFrom': 'vd: khong-tra-loi@coquan.gov.vn',
  'Settings.email.plugin.placeholder.defaultReplyTo': 'vd: lienhe@coquan.gov.vn',
  'Settings.email.plugin.button.test-email': 'Gửi thư thử',
  'Settings.email.plugin.notification.test.error': 'Không gửi được thư thử tới {to}',
  'Settings.email.plugin.notification.test.success': 'Đã gửi thư thử, hãy kiểm tra hộp thư {to}',
  'Settings.email.plugin.notification.verify.error': 'Không kết nối được máy chủ gửi thư',
  'Settings.email.plugin.notification.verify.success': 'Kết nối được máy chủ gửi thư',
  'Settings.capabilities.title': 'Khả năng của dịch vụ gửi thư',
  'Settings.capabilities.subtitle': 'Cấu hình SMTP hiện tại và các tính năng đang bật',
  'Settings.capabilities.label.smtpServer': 'Máy chủ SMTP',
  'Settings.capabilities.label.encryption': 'Mã hoá',
  'Settings.capabilities.label.authType': 'Xác thực',
  'Settings.capabilities.label.poolStatus': 'Trạng thái nhóm kết nối',
  'Settings.capabilities.poolStatus.idle': 'Rỗi',
  'Settings.capabilities.poolStatus.active': 'Đang dùng',
  'Settings.capabilities.label.features': 'Tính năng đang bật',
  'Settings.capabilities.feature.pool': 'Nhóm kết nối',
  'Settings.capabilities.feature.rateLimiting': 'Giới hạn tốc độ gửi',
  'Settings.capabilities.feature.requireTLS': 'Bắt buộc TLS',
};

/** The other plugins' entries in the main and settings menus. */
export const CONTENT_TYPE_BUILDER_MENU: Record<string, string> = { 'plugin.name': 'Trình xây dựng loại nội dung' };
export const I18N_SETTINGS: Record<string, string> = { 'plugin.name': 'Đa ngôn ngữ' };
export const USERS_PERMISSIONS_SETTINGS: Record<string, string> = { 'Settings.section-label': 'Người dùng và quyền (plugin)' };
