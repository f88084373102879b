// Key Vault (RBAC) holding the bootstrap admin key, the key ring's first key and the SMTP password, read by the app
// through Key Vault references.
param name string
param location string
param tags object

@secure()
param bootstrapAdminKey string

@secure()
param smtpPassword string

@secure()
param keyRingKey string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bootstrap-admin-key'
  properties: { value: bootstrapAdminKey }
}

// Always present (empty when no SMTP server is used), so that the app's setting always resolves.
resource smtp 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'smtp-password'
  properties: { value: empty(smtpPassword) ? 'none' : smtpPassword }
}

// The key ring's first key (id k1): seals timelines, encrypts secrets at rest and continuation tokens. Rotate by
// adding k2 (a new secret and setting Remediation__Keys__Ring__k2), making it current, and keeping k1 (docs/deploy.md).
resource keyRing 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'key-ring-k1'
  properties: { value: keyRingKey }
}

output name string = vault.name
output keyRingKeyUri string = keyRing.properties.secretUri
output mailServerKeyUri string = smtp.properties.secretUri
output bootstrapAdminKeyUri string = secret.properties.secretUri
