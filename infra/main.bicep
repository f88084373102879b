// Remediation on Azure: Functions Flex Consumption with Durable Functions on Azure Storage, reached with a
// user-assigned managed identity (no shared keys), Application Insights on Log Analytics (Entra ID only), and the
// bootstrap admin key in Key Vault. Deployed with `azd up`.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the environment (azd); used to name and tag every resource.')
param environmentName string

@minLength(1)
@description('Azure region of every resource.')
param location string

@description('Memory of each Flex Consumption instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@secure()
@minLength(16)
@description('The first admin API key; kept in Key Vault. Issue real keys with it, then rotate it.')
param bootstrapAdminKey string

@secure()
@minLength(44)
@description('The server\'s first key (base64 of 32 random bytes: openssl rand -base64 32); kept in Key Vault. It seals every case timeline and encrypts secrets at rest: keep it for as long as the data it protected.')
param keyRingKey string

@description('When the bootstrap admin key stops working (ISO 8601); empty: 14 days after this deployment.')
param bootstrapAdminKeyExpiresOn string = ''

@description('The time of this deployment (leave the default).')
param deployedAt string = utcNow()

@description('Days a timeline checkpoint is kept unalterable (write once, append only), even by the app\'s own identity.')
@minValue(1)
param checkpointRetentionDays int = 3650

@description('Durable Task hub name.')
param taskHubName string = 'remediation'

@description('NCRONTAB schedule of the escalation sweep (UTC).')
param sweepSchedule string = '0 0 6 * * *'

@description('NCRONTAB (with seconds) of the purge of finished orchestrations\' engine history.')
param historyPurgeSchedule string = '0 30 5 * * *'

@description('How long a finished orchestration\'s engine history is kept (d.hh:mm:ss).')
param historyRetention string = '30.00:00:00'

@description('SMTP server for e-mail notifications, e.g. smtp.azurecomm.net for Azure Communication Services; empty sends no e-mail.')
param smtpHost string = ''

@description('SMTP port (587 with StartTls for Azure Communication Services).')
param smtpPort int = 587

@description('SMTP TLS mode: None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect.')
@allowed(['None', 'Auto', 'StartTls', 'StartTlsWhenAvailable', 'SslOnConnect'])
param smtpSecurity string = 'StartTls'

@description('SMTP user name (for Azure Communication Services: the SMTP username of its Entra application).')
param smtpUserName string = ''

@secure()
@description('SMTP password (for Azure Communication Services: the Entra application\'s client secret); kept in Key Vault.')
param smtpPassword string = ''

@description('Sender of notification e-mails, e.g. "Remediation <DoNotReply@<your verified domain>>".')
param mailFrom string = 'Remediation <DoNotReply@example.org>'

@description('The caseworker team\'s notification addresses, separated by ";".')
param caseworkerEmails string = ''

@description('Region of the web console\'s Static Web App (one where Static Web Apps run).')
@allowed(['westus2', 'centralus', 'eastus2', 'westeurope', 'eastasia'])
param webLocation string = 'westeurope'

// Sign-in with OpenID Connect (Microsoft Entra ID; docs/deploy.md, "Sign-in with Microsoft Entra ID"). All empty: no
// sign-in, people paste API keys into the console.
@description('The identity provider\'s issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 (its discovery document is {issuer}/.well-known/openid-configuration); empty: no sign-in.')
param identityAuthority string = ''

@description('The audience of access tokens for the API: the API app registration\'s application (client) id, which Entra puts in v2 tokens\' aud.')
param identityAudience string = ''

@description('The application (client) id of the console\'s single-page application registration.')
param identityClientId string = ''

@description('The scope the console asks for, e.g. api://<API application id>/access_as_user.')
param identityScope string = ''

@description('Who a signed-in person without a membership should ask for an invitation (shown by the console), e.g. "the contract management team, contract.management@buyer.example".')
param identityAdminContact string = ''

@description('Whether the console also offers pasting an API key to sign in; default: only when no identity provider is configured.')
param identityAllowApiKeySignIn bool = empty(identityAuthority)

@description('Object id of a user or group to give data access for operations (optional).')
param operatorPrincipalId string = ''

var tags = { 'azd-env-name': environmentName }
// Sign-in as the API reads it (Remediation:Identity); the Functions app and the Static Web App get the same values.
var signIn = {
  authority: identityAuthority
  audience: identityAudience
  consoleClientId: identityClientId
  scope: identityScope
  adminContact: identityAdminContact
  allowApiKeySignIn: identityAllowApiKeySignIn
}
var token = toLower(uniqueString(subscription().id, environmentName, location))

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: { name: 'id-${token}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: { workspaceName: 'log-${token}', insightsName: 'appi-${token}', location: location, tags: tags }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: { name: 'st${token}', location: location, tags: tags, checkpointRetentionDays: checkpointRetentionDays }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: group
  params: { name: 'kv-${token}', location: location, tags: tags, bootstrapAdminKey: bootstrapAdminKey, smtpPassword: smtpPassword, keyRingKey: keyRingKey }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  scope: group
  params: {
    principalId: identity.outputs.principalId
    storageName: storage.outputs.name
    insightsName: monitoring.outputs.insightsName
    vaultName: vault.outputs.name
    operatorPrincipalId: operatorPrincipalId
  }
}

module web 'modules/static-web-app.bicep' = {
  name: 'static-web-app'
  scope: group
  // Static Web Apps run in a few regions only; the console is static files, so the region matters little.
  params: { name: 'stapp-${token}', location: webLocation, tags: tags, signIn: signIn }
}

module app 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: group
  dependsOn: [roles]
  params: {
    planName: 'plan-${token}'
    appName: 'func-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    insightsConnectionString: monitoring.outputs.connectionString
    bootstrapAdminKeyUri: vault.outputs.bootstrapAdminKeyUri
    bootstrapAdminKeyExpiresOn: empty(bootstrapAdminKeyExpiresOn) ? dateTimeAdd(deployedAt, 'P14D') : bootstrapAdminKeyExpiresOn
    keyRingKeyUri: vault.outputs.keyRingKeyUri
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    taskHubName: taskHubName
    sweepSchedule: sweepSchedule
    historyPurgeSchedule: historyPurgeSchedule
    historyRetention: historyRetention
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpSecurity: smtpSecurity
    smtpUserName: smtpUserName
    mailServerKeyUri: vault.outputs.mailServerKeyUri
    mailFrom: mailFrom
    caseworkerEmails: caseworkerEmails
    consoleOrigin: web.outputs.uri
    signIn: signIn
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = group.name
output SERVICE_API_NAME string = app.outputs.name
output SERVICE_API_URI string = app.outputs.uri
output SERVICE_WEB_NAME string = web.outputs.name
output SERVICE_WEB_URI string = web.outputs.uri
output AZURE_STORAGE_ACCOUNT string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
