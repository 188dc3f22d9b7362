import { ThemePicker as ThemePicker_009b0bd7eb92a275ea47b2c60f5db7f4 } from '../../../features/theme-picker/components/ThemePicker'
import { SiteColumnLabel as SiteColumnLabel_005198fb196d42f08a4a1e089c0d6bd1 } from '../../../features/publishing/components/SiteCells'
import { SiteStateCell as SiteStateCell_005198fb196d42f08a4a1e089c0d6bd1 } from '../../../features/publishing/components/SiteCells'
import { SiteLiveSinceCell as SiteLiveSinceCell_005198fb196d42f08a4a1e089c0d6bd1 } from '../../../features/publishing/components/SiteCells'
import { SiteBuildTimeCell as SiteBuildTimeCell_005198fb196d42f08a4a1e089c0d6bd1 } from '../../../features/publishing/components/SiteCells'
import { SitePanel as SitePanel_17735c7e2c9f4908b01a9998362bb8e7 } from '../../../features/publishing/components/SitePanel'
import { CommuneLifecycle as CommuneLifecycle_ae2723522ed63d34cd10db4442b6e890 } from '../../../features/lifecycle/components/CommuneLifecycle'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RebuildPanel as RebuildPanel_02093a89b3e7dc1faa40db90837deb3a } from '../../../features/publishing/components/RebuildPanel'
import { AccountTwoFactor as AccountTwoFactor_2c7e0bbb23e5ff7ac029790176c92561 } from '../../../features/two-factor/components/AccountTwoFactor'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ReturnedNotice as ReturnedNotice_759cc0723e185fdff833c5d54d790d0e } from '../../../features/editorial-actions/components/ReturnedNotice'
import { ServerFieldError as ServerFieldError_cb701c402eaec05dde36510ff12612ef } from '../../../features/editorial-actions/components/ServerFieldError'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { WordPasteClientFeature as WordPasteClientFeature_c1c6adaedbc49eecdbced6a445d1546a } from '../../../features/word-import/paste/feature.client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { NoControl as NoControl_31b82cf07e6f3a5e5e5e9e5a05a3cbef } from '../../../features/editorial-actions/components/NoControl'
import { ImportWordButton as ImportWordButton_c6c71f80c947501f0d63e07b204e03a2 } from '../../../features/word-import/components/ImportWordButton'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { PreviewButton as PreviewButton_85956272b7b3be9f3c32aee7db30bc86 } from '../../../features/preview/components/PreviewButton'
import { WorkflowActions as WorkflowActions_bbfeb59e25e4fb14b2f50263a05a6214 } from '../../../features/editorial-actions/components/WorkflowActions'
import { SaveDraftWhenAllowed as SaveDraftWhenAllowed_182a219e6c55052e3c0f34289b19812d } from '../../../features/editorial-actions/components/SaveDraftWhenAllowed'
import { WorkflowStatusBadge as WorkflowStatusBadge_21061480cafbfac5149dece42c634f52 } from '../../../features/editorial-actions/components/WorkflowStatusBadge'
import { UploadSizeGuard as UploadSizeGuard_ccdb8d1f4621e64805a2e34738145b18 } from '../../../features/photo-uploads/components/UploadSizeGuard'
import { MenuLinkField as MenuLinkField_183529e5de0b082b92f466d28a461e5c } from '../../../features/menu-editor/components/MenuLinkField'
import { CollectionNameCell as CollectionNameCell_6786a54931c3d7b606c1f415faaa0889 } from '../../../features/vietnamese-admin/components/CollectionName'
import { CollectionNameField as CollectionNameField_6786a54931c3d7b606c1f415faaa0889 } from '../../../features/vietnamese-admin/components/CollectionName'
import { FeedbackSummary as FeedbackSummary_c8dc87fdf7d89886b81e4a833cfd0014 } from '../../../features/page-feedback/components/FeedbackSummary'
import { ProvinceIcon as ProvinceIcon_c77548de8802c3ccae3fb0506d078f98 } from '../../../features/vietnamese-admin/components/ProvinceIcon'
import { ProvinceLogo as ProvinceLogo_d57509d9d11a5392b7d0c7a78764a993 } from '../../../features/vietnamese-admin/components/ProvinceLogo'
import { NotificationBell as NotificationBell_abf303f367466765d9747be2ddd4acff } from '../../../features/notifications/components/NotificationBell'
import { GlobalViewRedirect as GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { OversightNavLink as OversightNavLink_4ce6009a7ff4a9b230a1157f30b47ce3 } from '../../../features/oversight/components/OversightNavLink'
import { RoyaltiesNavLink as RoyaltiesNavLink_7c9c05e14ef8ce1e098498dfbd60010c } from '../../../features/royalties/components/RoyaltiesNavLink'
import { ReorganisationNavLink as ReorganisationNavLink_b954df51f1b2b4f741e426448aad0f83 } from '../../../features/reorganisation/components/ReorganisationNavLink'
import { SyndicationNavLink as SyndicationNavLink_a11754b361190ae69fe2d993eee23b2c } from '../../../features/syndication/components/SyndicationNavLink'
import { LoginRedirect as LoginRedirect_ce7bba2d2b7056c21e519c283863ceb8 } from '../../../features/two-factor/components/LoginRedirect'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { HardCodedEnglish as HardCodedEnglish_5e03a3f79eab7e813f528af76ec5ac5a } from '../../../features/vietnamese-admin/components/HardCodedEnglish'
import { EnrolmentGate as EnrolmentGate_de3e51eb4e02d0aea3f5bb7b50fe45f6 } from '../../../features/two-factor/components/EnrolmentGate'
import { ProvisionView as ProvisionView_7b800304b88f673bc94f2abb62664e17 } from '../../../features/provisioning/components/ProvisionView'
import { MyWorkView as MyWorkView_8e416f35437b1e69d5994b384cc6ec1d } from '../../../features/my-work/components/MyWorkView'
import { OversightView as OversightView_800e7cc0b70487d55bb9657fa81af8b6 } from '../../../features/oversight/components/OversightView'
import { RoyaltiesView as RoyaltiesView_5b7e7df8f13a71b6b1500dc144089050 } from '../../../features/royalties/components/RoyaltiesView'
import { ReorganisationView as ReorganisationView_fc8b5e4ee79a61defd3e874363686076 } from '../../../features/reorganisation/components/ReorganisationView'
import { SyndicationView as SyndicationView_e97a7be796371b24ef1063f173beb963 } from '../../../features/syndication/components/SyndicationView'
import { TwoFactorView as TwoFactorView_9ede4ff10dd54cf304d5087e0a265768 } from '../../../features/two-factor/components/TwoFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/features/theme-picker/components/ThemePicker#ThemePicker": ThemePicker_009b0bd7eb92a275ea47b2c60f5db7f4,
  "/features/publishing/components/SiteCells#SiteColumnLabel": SiteColumnLabel_005198fb196d42f08a4a1e089c0d6bd1,
  "/features/publishing/components/SiteCells#SiteStateCell": SiteStateCell_005198fb196d42f08a4a1e089c0d6bd1,
  "/features/publishing/components/SiteCells#SiteLiveSinceCell": SiteLiveSinceCell_005198fb196d42f08a4a1e089c0d6bd1,
  "/features/publishing/components/SiteCells#SiteBuildTimeCell": SiteBuildTimeCell_005198fb196d42f08a4a1e089c0d6bd1,
  "/features/publishing/components/SitePanel#SitePanel": SitePanel_17735c7e2c9f4908b01a9998362bb8e7,
  "/features/lifecycle/components/CommuneLifecycle#CommuneLifecycle": CommuneLifecycle_ae2723522ed63d34cd10db4442b6e890,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/features/publishing/components/RebuildPanel#RebuildPanel": RebuildPanel_02093a89b3e7dc1faa40db90837deb3a,
  "/features/two-factor/components/AccountTwoFactor#AccountTwoFactor": AccountTwoFactor_2c7e0bbb23e5ff7ac029790176c92561,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "/features/editorial-actions/components/ReturnedNotice#ReturnedNotice": ReturnedNotice_759cc0723e185fdff833c5d54d790d0e,
  "/features/editorial-actions/components/ServerFieldError#ServerFieldError": ServerFieldError_cb701c402eaec05dde36510ff12612ef,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/features/word-import/paste/feature.client#WordPasteClientFeature": WordPasteClientFeature_c1c6adaedbc49eecdbced6a445d1546a,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/features/editorial-actions/components/NoControl#NoControl": NoControl_31b82cf07e6f3a5e5e5e9e5a05a3cbef,
  "/features/word-import/components/ImportWordButton#ImportWordButton": ImportWordButton_c6c71f80c947501f0d63e07b204e03a2,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/features/preview/components/PreviewButton#PreviewButton": PreviewButton_85956272b7b3be9f3c32aee7db30bc86,
  "/features/editorial-actions/components/WorkflowActions#WorkflowActions": WorkflowActions_bbfeb59e25e4fb14b2f50263a05a6214,
  "/features/editorial-actions/components/SaveDraftWhenAllowed#SaveDraftWhenAllowed": SaveDraftWhenAllowed_182a219e6c55052e3c0f34289b19812d,
  "/features/editorial-actions/components/WorkflowStatusBadge#WorkflowStatusBadge": WorkflowStatusBadge_21061480cafbfac5149dece42c634f52,
  "/features/photo-uploads/components/UploadSizeGuard#UploadSizeGuard": UploadSizeGuard_ccdb8d1f4621e64805a2e34738145b18,
  "/features/menu-editor/components/MenuLinkField#MenuLinkField": MenuLinkField_183529e5de0b082b92f466d28a461e5c,
  "/features/vietnamese-admin/components/CollectionName#CollectionNameCell": CollectionNameCell_6786a54931c3d7b606c1f415faaa0889,
  "/features/vietnamese-admin/components/CollectionName#CollectionNameField": CollectionNameField_6786a54931c3d7b606c1f415faaa0889,
  "/features/page-feedback/components/FeedbackSummary#FeedbackSummary": FeedbackSummary_c8dc87fdf7d89886b81e4a833cfd0014,
  "/features/vietnamese-admin/components/ProvinceIcon#ProvinceIcon": ProvinceIcon_c77548de8802c3ccae3fb0506d078f98,
  "/features/vietnamese-admin/components/ProvinceLogo#ProvinceLogo": ProvinceLogo_d57509d9d11a5392b7d0c7a78764a993,
  "/features/notifications/components/NotificationBell#NotificationBell": NotificationBell_abf303f367466765d9747be2ddd4acff,
  "@payloadcms/plugin-multi-tenant/rsc#GlobalViewRedirect": GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62,
  "/features/oversight/components/OversightNavLink#OversightNavLink": OversightNavLink_4ce6009a7ff4a9b230a1157f30b47ce3,
  "/features/royalties/components/RoyaltiesNavLink#RoyaltiesNavLink": RoyaltiesNavLink_7c9c05e14ef8ce1e098498dfbd60010c,
  "/features/reorganisation/components/ReorganisationNavLink#ReorganisationNavLink": ReorganisationNavLink_b954df51f1b2b4f741e426448aad0f83,
  "/features/syndication/components/SyndicationNavLink#SyndicationNavLink": SyndicationNavLink_a11754b361190ae69fe2d993eee23b2c,
  "/features/two-factor/components/LoginRedirect#LoginRedirect": LoginRedirect_ce7bba2d2b7056c21e519c283863ceb8,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/features/vietnamese-admin/components/HardCodedEnglish#HardCodedEnglish": HardCodedEnglish_5e03a3f79eab7e813f528af76ec5ac5a,
  "/features/two-factor/components/EnrolmentGate#EnrolmentGate": EnrolmentGate_de3e51eb4e02d0aea3f5bb7b50fe45f6,
  "/features/provisioning/components/ProvisionView#ProvisionView": ProvisionView_7b800304b88f673bc94f2abb62664e17,
  "/features/my-work/components/MyWorkView#MyWorkView": MyWorkView_8e416f35437b1e69d5994b384cc6ec1d,
  "/features/oversight/components/OversightView#OversightView": OversightView_800e7cc0b70487d55bb9657fa81af8b6,
  "/features/royalties/components/RoyaltiesView#RoyaltiesView": RoyaltiesView_5b7e7df8f13a71b6b1500dc144089050,
  "/features/reorganisation/components/ReorganisationView#ReorganisationView": ReorganisationView_fc8b5e4ee79a61defd3e874363686076,
  "/features/syndication/components/SyndicationView#SyndicationView": SyndicationView_e97a7be796371b24ef1063f173beb963,
  "/features/two-factor/components/TwoFactorView#TwoFactorView": TwoFactorView_9ede4ff10dd54cf304d5087e0a265768,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
