// The Functions app on a Flex Consumption (FC1) plan: Linux, dotnet-isolated 10.0, package deployed from a blob
// container with the managed identity, every storage connection identity-based.
param planName string
param appName string
param location string
param tags object
param identityId string
param identityClientId string
param storageName string
param deploymentContainerUrl string
param insightsConnectionString string
param bootstrapAdminKeyUri string
param bootstrapAdminKeyExpiresOn string
param keyRingKeyUri string
param instanceMemoryMB int
param maximumInstanceCount int
param taskHubName string
param sweepSchedule string
param historyPurgeSchedule string
param historyRetention string
param smtpHost string
param smtpPort int
param smtpSecurity string
param smtpUserName string
param mailServerKeyUri string
param mailFrom string
param caseworkerEmails string

@description('The web console\'s origin, allowed to call the API from the browser.')
param consoleOrigin string

@description('Sign-in with OpenID Connect: authority, audience, consoleClientId, scope, adminContact, allowApiKeySignIn (main.bicep).')
param signIn object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: { allowedOrigins: [consoleOrigin], supportCredentials: false }
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storageName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        { name: 'REMEDIATION_TASK_HUB', value: taskHubName }
        { name: 'REMEDIATION_SWEEP_SCHEDULE', value: sweepSchedule }
        { name: 'REMEDIATION_HISTORY_PURGE_SCHEDULE', value: historyPurgeSchedule }
        { name: 'Remediation__History__Retention', value: historyRetention }
        { name: 'Remediation__BootstrapAdminKey', value: '@Microsoft.KeyVault(SecretUri=${bootstrapAdminKeyUri})' }
        { name: 'Remediation__BootstrapAdminKeyExpiresOn', value: bootstrapAdminKeyExpiresOn }
        { name: 'Remediation__Keys__Current', value: 'k1' }
        { name: 'Remediation__Keys__Ring__k1', value: '@Microsoft.KeyVault(SecretUri=${keyRingKeyUri})' }
        // The platform's front end adds the caller's address last; the worker itself sees only the host.
        { name: 'Remediation__RateLimit__ClientAddressHeader', value: 'X-Forwarded-For' }
        { name: 'Remediation__TablePrefix', value: '' }
        { name: 'Remediation__Deadlines__DayLength', value: '1.00:00:00' }
        { name: 'REMEDIATION_NOTIFICATION_QUEUE', value: 'notifications' }
        { name: 'Remediation__Notifications__PublicBaseUrl', value: 'https://${appName}.azurewebsites.net' }
        // What workers' slips and QR codes print: the worker page under the Functions route prefix.
        { name: 'Remediation__WorkerPage__PublicUrl', value: 'https://${appName}.azurewebsites.net/api/confirm' }
        { name: 'Remediation__PublicReports__PublicUrl', value: 'https://${appName}.azurewebsites.net/api/public/reports' }
        { name: 'Remediation__Notifications__Email__Host', value: smtpHost }
        { name: 'Remediation__Notifications__Email__Port', value: string(smtpPort) }
        { name: 'Remediation__Notifications__Email__Security', value: smtpSecurity }
        { name: 'Remediation__Notifications__Email__UserName', value: smtpUserName }
        { name: 'Remediation__Notifications__Email__Password', value: '@Microsoft.KeyVault(SecretUri=${mailServerKeyUri})' }
        { name: 'Remediation__Notifications__Email__From', value: mailFrom }
        { name: 'Remediation__Notifications__Email__Caseworkers', value: caseworkerEmails }
        // Sign-in: the API validates Entra's access tokens itself (issuer, audience, signature from the discovery
        // document) and tells the console, at GET /api/v1/session/settings, where and how to sign in. Empty: no sign-in.
        { name: 'Remediation__Identity__Authority', value: signIn.authority }
        { name: 'Remediation__Identity__Audiences__0', value: signIn.audience }
        // Entra's object id: the same person in every application of the tenant (its sub differs per application).
        { name: 'Remediation__Identity__SubjectClaim', value: 'oid' }
        { name: 'Remediation__Identity__ConsoleClientId', value: signIn.consoleClientId }
        { name: 'Remediation__Identity__Scopes__0', value: signIn.scope }
        { name: 'Remediation__Identity__AdminContact', value: signIn.adminContact }
        { name: 'Remediation__Identity__AllowApiKeySignIn', value: signIn.allowApiKeySignIn ? 'true' : 'false' }
      ]
    }
  }
}

output name string = app.name
output uri string = 'https://${app.properties.defaultHostName}'
