// The storage account of the Durable task hub, the product's tables and blobs, and the deployment package.
// No shared keys, TLS 1.2, no public blob access; blob soft delete and versioning protect evidence.
param name string
param location string
param tags object

@description('Days each timeline checkpoint stays unalterable.')
param checkpointRetentionDays int

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
  }
}

resource deployment 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'app-package'
  properties: { publicAccess: 'None' }
}

resource evidence 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'evidence'
  properties: { publicAccess: 'None' }
}

resource payloads 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'payloads'
  properties: { publicAccess: 'None' }
}

// Timeline checkpoints: append blobs under version-level immutability (WORM). Appends are allowed, nothing else:
// no identity, the app's included, can rewrite or delete a checkpoint while its retention lasts.
resource checkpoints 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'timeline-checkpoints'
  properties: {
    publicAccess: 'None'
    immutableStorageWithVersioning: { enabled: true }
  }
}

resource checkpointPolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: checkpoints
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: checkpointRetentionDays
    allowProtectedAppendWritesAll: true
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

output name string = account.name
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deployment.name}'
output tableServiceName string = tables.name
output queueServiceName string = queues.name
output evidenceContainerName string = evidence.name
output payloadContainerName string = payloads.name
output checkpointContainerName string = checkpoints.name
